package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.observer.DutyRecord;
import cn.ezhou.yshj.submission.SubmitterCounts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.ToLongFunction;

/** The observer's figures for the term and the quarter, and whether the quarterly minimum is met. */
class DutyFigures extends VerticalLayout {

    private record Row(String label, long term, long quarter) {
    }

    DutyFigures(DutyRecord record) {
        setPadding(false);
        Paragraph obligation = new Paragraph(getTranslation(record.obligationMet() ? "me.duty.met" : "me.duty.notMet",
                record.quarterCounts().submitted(), record.quarterlyMinimum()));
        obligation.setId("me-obligation");
        obligation.getStyle().set("font-weight", "bold")
                .set("color", record.obligationMet() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        Grid<Row> figures = new Grid<>();
        figures.setId("me-figures");
        figures.addColumn(Row::label).setHeader(getTranslation("me.duty.figure")).setFlexGrow(2);
        figures.addColumn(Row::term).setHeader(getTranslation("me.duty.term"));
        figures.addColumn(Row::quarter).setHeader(getTranslation("me.duty.quarter",
                String.valueOf(record.quarter().year()), String.valueOf(record.quarter().number())));
        figures.setItems(List.of(
                row("me.duty.submitted", record, SubmitterCounts::submitted),
                row("me.duty.accepted", record, SubmitterCounts::accepted),
                row("me.duty.adopted", record, SubmitterCounts::adopted),
                row("me.duty.rated", record, SubmitterCounts::rated),
                new Row(getTranslation("me.duty.activities"), record.termEngagement().activitiesAttended(),
                        record.quarterEngagement().activitiesAttended()),
                new Row(getTranslation("me.duty.rounds"), record.termEngagement().roundsRated(),
                        record.quarterEngagement().roundsRated())));
        figures.setAllRowsVisible(true);
        figures.addThemeVariants(GridVariant.LUMO_COMPACT);
        Paragraph explain = new Paragraph(getTranslation("me.duty.explain"));
        explain.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Paragraph engagement = new Paragraph(getTranslation("me.duty.explainEngagement"));
        engagement.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(new H3(getTranslation("me.duty.heading")), obligation, figures, explain, engagement);
    }

    private Row row(String key, DutyRecord record, ToLongFunction<SubmitterCounts> figure) {
        return new Row(getTranslation(key), figure.applyAsLong(record.term()), figure.applyAsLong(record.quarterCounts()));
    }
}
