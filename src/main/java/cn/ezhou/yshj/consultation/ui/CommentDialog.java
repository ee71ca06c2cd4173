package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.drafts.ui.Autosave;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** Write or edit a comment on one article (with proposed wording) or on the whole draft. */
class CommentDialog extends Dialog {

    CommentDialog(CommentDesk desk, DraftService drafts, long consultationId, Long partId, String partLabel, CommentRecord existing,
                  boolean association, Runnable saved) {
        setHeaderTitle(partLabel == null ? getTranslation("consultation.comment.whole")
                : getTranslation("consultation.comment.on", partLabel));
        setWidth("min(40rem, 95vw)");
        TextArea body = new TextArea(getTranslation("consultation.comment.body"));
        LimitedText.apply(body, 4000);
        body.setWidthFull();
        body.setId("comment-body");
        TextArea wording = new TextArea(getTranslation("consultation.comment.wording"));
        LimitedText.apply(wording, 4000);
        wording.setWidthFull();
        wording.setVisible(partId != null);
        wording.setId("comment-wording");
        IntegerField members = new IntegerField(getTranslation("consultation.comment.members"));
        members.setMin(0);
        members.setVisible(association);
        members.setId("comment-members");
        if (existing != null) {
            body.setValue(existing.body());
            wording.setValue(existing.proposedWording() == null ? "" : existing.proposedWording());
            members.setValue(existing.membersRepresented());
        }
        Autosave draft = (existing != null ? new Autosave(drafts, "consultation.commentEdit", existing.id())
                : partId != null ? new Autosave(drafts, "consultation.commentPart", partId)
                : new Autosave(drafts, "consultation.comment", consultationId))
                .text("body", body).text("wording", wording)
                .choice("members", members, String::valueOf, Integer::valueOf).resume();
        Button save = new Button(getTranslation("common.save"), e -> {
            CommentCommand command = new CommentCommand(partId, body.getValue(), wording.getValue(), members.getValue());
            if (Errors.attempt(this, () -> {
                if (existing == null) {
                    desk.comment(consultationId, command);
                } else {
                    desk.edit(existing.id(), existing.version(), command);
                }
            })) {
                draft.discard();
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("comment-save");
        add(new FormLayout(body, wording, members), draft);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
