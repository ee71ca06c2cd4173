package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.submission.TriageAdvice;
import cn.ezhou.yshj.submission.TriageAdvice.DepartmentSuggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The triage advice in the assign dialog: the three likely lead departments, each a button that
 * puts it in the lead field, with why it is suggested; and the likely domain. Nothing is chosen
 * for the office.
 */
class TriageAdviceBox extends VerticalLayout {

    TriageAdviceBox(TriageAdvice advice, SubmissionLabels labels, Consumer<String> choose) {
        setId("triage-advice");
        setPadding(false);
        setSpacing(false);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("triage.heading"));
        Span heading = new Span(getTranslation("triage.heading"));
        heading.addClassName("triage-heading");
        add(heading);
        if (advice.departments().isEmpty()) {
            add(new Span(getTranslation("triage.none")));
            return;
        }
        for (DepartmentSuggestion s : advice.departments()) {
            String name = labels.unit(s.unitCode());
            Button use = new Button(getTranslation("triage.use", name, s.share()), e -> choose.accept(s.unitCode()));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            use.addClassName("triage-suggestion");
            use.getElement().setAttribute("data-unit", s.unitCode());
            Span why = new Span(reason(s, labels));
            why.addClassName("triage-reason");
            add(new Div(use, why));
        }
        if (advice.domainCode() != null) {
            add(new Span(getTranslation("triage.domain", labels.domain(advice.domainCode()))));
        }
    }

    private String reason(DepartmentSuggestion s, SubmissionLabels labels) {
        List<String> parts = new ArrayList<>();
        if (!s.sharedTerms().isEmpty()) {
            parts.add(labels.sharedTerms(s.sharedTerms()));
        }
        if (s.similarItemsLed() > 0) {
            parts.add(getTranslation("triage.similarLed", s.similarItemsLed()));
        }
        if (s.matchesDuties()) {
            parts.add(getTranslation("triage.duties"));
        }
        return String.join(" · ", parts);
    }
}
