package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.consultation.ArticleChangeView;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.PolicyComparison;
import cn.ezhou.yshj.consultation.text.ArticleChange;
import cn.ezhou.yshj.consultation.text.ChangeKind;
import cn.ezhou.yshj.consultation.text.DiffSegment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The issued text against the consulted draft, article by article, with the adopted comments each change answered. */
@Route(value = "policies/:id(\\d+)/changes", layout = MainLayout.class)
@AnonymousAllowed
class PolicyChangesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyComparison comparison;

    PolicyChangesView(PolicyComparison comparison) {
        this.comparison = comparison;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(0L);
        add(new H2(getPageTitle()));
        List<ArticleChangeView> changes;
        try {
            changes = comparison.changes(id);
        } catch (Refusal r) {
            add(new Paragraph(Errors.message(this, r)));
            return;
        }
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("policy.changes.none")));
        }
        long changed = changes.stream().filter(c -> c.change().kind() != ChangeKind.UNCHANGED).count();
        add(new Paragraph(getTranslation("policy.changes.summary", changes.size(), changed)));
        changes.forEach(c -> add(row(c)));
    }

    private Div row(ArticleChangeView view) {
        ArticleChange c = view.change();
        String draftLabel = c.draft() == null ? "" : c.draft().displayLabel();
        String finalLabel = c.fin() == null ? "" : c.fin().displayLabel();
        String label = c.renumbered() ? draftLabel + " → " + finalLabel : finalLabel.isBlank() ? draftLabel : finalLabel;
        if (label.isBlank()) {
            label = getTranslation("consultation.part." + (c.fin() != null ? c.fin() : c.draft()).kind());
        }
        Span kind = new Span(getTranslation("policy.change." + c.kind()));
        kind.getElement().getThemeList().add("badge" + (c.kind() == ChangeKind.UNCHANGED ? " contrast" : ""));
        kind.addClassName("change-" + c.kind().name().toLowerCase());
        Span caption = new Span(label);
        caption.addClassName("article-label");
        Paragraph text = new Paragraph();
        text.addClassName("user-text");
        for (DiffSegment s : c.segments()) {
            Span part = new Span(s.text());
            if (s.op() != DiffSegment.Op.EQUAL) {
                part.addClassName(s.op() == DiffSegment.Op.INSERTED ? "diff-inserted" : "diff-deleted");
            }
            text.add(part);
        }
        Div row = new Div(kind, caption, text);
        row.addClassName("article");
        row.addClassName("change-row");
        if (!view.answeredComments().isEmpty()) {
            Div answered = new Div(new Span(getTranslation("policy.changes.answered")));
            answered.addClassName("comment-answer");
            for (CommentRecord comment : view.answeredComments()) {
                answered.add(new Paragraph(comment.author() + "：" + comment.body()));
            }
            row.add(answered);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.changes");
    }
}
