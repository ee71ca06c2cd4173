package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.consultation.CommentRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** A comment, its proposed wording, and its answer once there is one; the author may edit or withdraw while open. */
class CommentCard extends Div {

    CommentCard(CommentRecord c, boolean windowOpen, Consumer<CommentRecord> edit, Consumer<CommentRecord> withdraw) {
        addClassName("comment-card");
        setId("comment-" + c.id());
        String who = c.author() + (c.membersRepresented() == null ? ""
                : " · " + getTranslation("consultation.comment.membersShort", c.membersRepresented()));
        Span head = new Span(who + " · " + Formats.dateTime(c.updatedAt())
                + (c.withdrawn() ? " · " + getTranslation("consultation.comment.withdrawn") : ""));
        head.addClassName("block-title");
        Paragraph body = new Paragraph(c.body());
        body.addClassName("user-text");
        add(head, body);
        if (c.proposedWording() != null) {
            add(Blocks.text(getTranslation("consultation.comment.wording"), c.proposedWording()));
        }
        if (c.answered()) {
            Div answer = Blocks.text(getTranslation("consultation.answer") + " · "
                    + getTranslation("consultation.outcome." + c.outcome()), c.reason());
            answer.addClassName("comment-answer");
            add(answer);
        }
        if (c.mine() && windowOpen && !c.withdrawn()) {
            Button change = new Button(getTranslation("consultation.comment.edit"), e -> edit.accept(c));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button remove = new Button(getTranslation("consultation.comment.withdraw"), e -> withdraw.accept(c));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            add(change, remove);
        }
    }
}
