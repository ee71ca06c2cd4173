package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.CommonProblems;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SimilarItem;
import cn.ezhou.yshj.submission.SubmissionAction;
import cn.ezhou.yshj.submission.SubmissionDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * At triage, the office's view of earlier items like this one (last twelve months, open or
 * closed), each with why it matches and the one-step actions on a duplicate: merge this item into
 * it, or group both as a common problem (joining the problem it already belongs to).
 */
class SimilarItemsPanel extends VerticalLayout {

    SimilarItemsPanel(SubmissionDetail d, List<SimilarItem> similar, SubmissionLabels labels, OfficeDesk office,
                      CommonProblems problems, Runnable reload) {
        setId("similar-items");
        setPadding(false);
        add(new H3(getTranslation("similar.heading")));
        if (similar.isEmpty()) {
            add(new Paragraph(getTranslation("similar.none")));
            return;
        }
        for (SimilarItem s : similar) {
            Anchor reference = new Anchor("submissions/" + s.id(), s.reference() + " " + s.title());
            Span facts = new Span(Formats.date(s.submittedOn())
                    + (s.leadUnit() == null ? "" : " · " + labels.unit(s.leadUnit())));
            Span why = new Span(labels.sharedTerms(s.sharedTerms()));
            why.addClassName("triage-reason");
            Div row = new Div(reference, labels.state(s.state()), facts, why);
            row.addClassName("similar-item");
            row.getElement().setAttribute("data-reference", s.reference());
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                    .set("align-items", "baseline");
            if (d.can(SubmissionAction.MERGE) && !s.state().finished()) {
                row.add(button("similar.merge", () -> new ActionDialog(
                        getTranslation("similar.mergeConfirm", d.reference(), s.reference()),
                        () -> office.merge(d.id(), d.version(), s.reference()), reload).open()));
            }
            if (d.commonProblemId() == null && !s.state().finished() && !d.state().finished()) {
                row.add(button("similar.group", () -> new ActionDialog(getTranslation("similar.groupConfirm"),
                        () -> group(d, s, problems), reload).open()));
            }
            add(row);
        }
    }

    private static void group(SubmissionDetail d, SimilarItem s, CommonProblems problems) {
        if (s.commonProblemId() != null) {
            problems.link(s.commonProblemId(), problems.get(s.commonProblemId()).version(), d.reference());
        } else {
            problems.create(d.title(), List.of(s.reference(), d.reference()));
        }
    }

    private Button button(String key, Runnable open) {
        Button button = new Button(getTranslation(key), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName(key.replace('.', '-'));
        return button;
    }
}
