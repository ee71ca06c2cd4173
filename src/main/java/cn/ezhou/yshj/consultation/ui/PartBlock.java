package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.consultation.DraftPartView;
import cn.ezhou.yshj.consultation.text.PartKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;

/** One part of the draft: a heading, or an article with its comment button and the comments on it. */
class PartBlock extends Div {

    PartBlock(ConsultationDetail d, DraftPartView view, List<CommentRecord> comments, Runnable comment,
              Consumer<CommentRecord> edit, Consumer<CommentRecord> withdraw) {
        var part = view.part();
        String label = part.displayLabel().isBlank() ? getTranslation("consultation.part." + part.kind()) : part.displayLabel();
        if (!part.commentable()) {
            add(part.kind() == PartKind.CHAPTER ? new H3(label) : new H4(label));
            return;
        }
        addClassName("article");
        setId("part-" + view.id());
        Span caption = new Span(label);
        caption.addClassName("article-label");
        add(caption);
        Paragraph body = new Paragraph(part.body());
        body.addClassName("user-text");
        add(body);
        if (d.mayComment()) {
            Button write = new Button(getTranslation("consultation.comment.write"), VaadinIcon.COMMENT_O.create(),
                    e -> comment.run());
            write.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            write.addClassName("comment-button");
            add(write);
        }
        boolean open = d.phase() == ConsultationPhase.OPEN;
        comments.forEach(c -> add(new CommentCard(c, open, edit, withdraw)));
    }
}
