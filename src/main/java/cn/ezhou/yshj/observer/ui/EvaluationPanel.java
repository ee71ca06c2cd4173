package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.LimitedText;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.observer.EvaluationGrade;
import cn.ezhou.yshj.observer.EvaluationRecord;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.YearFigures;
import cn.ezhou.yshj.submission.SubmitterCounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The office grades an observer for a year, next to that year's duty figures and the grade they suggest
 * (pre-selected), and sees earlier grades.
 */
class EvaluationPanel extends VerticalLayout {

    EvaluationPanel(EvaluationService evaluations, long observerId, int thisYear) {
        setPadding(false);
        UnorderedList earlier = new UnorderedList();
        Runnable refresh = () -> {
            earlier.removeAll();
            for (EvaluationRecord r : evaluations.evaluations(observerId)) {
                String changed = r.suggestedGrade() == null || r.suggestedGrade() == r.grade() ? ""
                        : getTranslation("evaluation.changedFrom", getTranslation("grade." + r.suggestedGrade()));
                earlier.add(new ListItem(r.year() + "：" + getTranslation("grade." + r.grade()) + changed
                        + (r.comment() == null ? "" : "（" + r.comment() + "）") + " — " + r.evaluatedBy()));
            }
        };
        IntegerField year = new IntegerField(getTranslation("evaluation.year"));
        Select<EvaluationGrade> grade = new Select<>();
        grade.setLabel(getTranslation("evaluation.grade"));
        grade.setItems(EvaluationGrade.values());
        grade.setItemLabelGenerator(g -> getTranslation("grade." + g));
        // The grade is judged against the year's record: the figures and the suggested grade follow the year chosen.
        Paragraph record = new Paragraph();
        record.setId("evaluation-record");
        Paragraph suggestion = new Paragraph();
        suggestion.setId("evaluation-suggestion");
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                YearFigures f = evaluations.record(observerId, e.getValue());
                SubmitterCounts c = f.submissions();
                record.setText(getTranslation("evaluation.record", String.valueOf(e.getValue()), c.submitted(),
                        c.accepted(), c.adopted(), c.rated(), f.engagement().activitiesAttended(),
                        f.engagement().roundsRated()));
                suggestion.setText(f.suggestedGrade() == null ? getTranslation("evaluation.noSuggestion")
                        : getTranslation("evaluation.suggested", f.quartersCounted(), f.quartersMet(),
                                getTranslation("grade." + f.suggestedGrade())));
                grade.setValue(f.suggestedGrade());
            }
        });
        TextField comment = LimitedText.apply(new TextField(getTranslation("evaluation.comment")), EvaluationService.MAX_COMMENT);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (year.getValue() != null && Errors.attempt(this,
                    () -> evaluations.evaluate(observerId, year.getValue(), grade.getValue(), comment.getValue()))) {
                refresh.run();
                comment.clear();
            }
        });
        year.setValue(thisYear);
        HorizontalLayout form = new HorizontalLayout(year, grade, comment, save);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        refresh.run();
        add(new H3(getTranslation("evaluation.heading")), record, suggestion, form, earlier);
    }
}
