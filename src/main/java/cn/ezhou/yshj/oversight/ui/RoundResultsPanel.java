package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RoundResults;
import cn.ezhou.yshj.oversight.SatisfactionRounds;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Locale;

/** The satisfaction rounds of the period on the dashboard: per department the averages, and the response rate. */
class RoundResultsPanel extends VerticalLayout {

    private final SatisfactionRounds rounds;
    private final Names names;

    RoundResultsPanel(SatisfactionRounds rounds, Names names) {
        this.rounds = rounds;
        this.names = names;
        setPadding(false);
        setId("round-results");
    }

    void show(LocalDate from, LocalDate to) {
        removeAll();
        add(new H3(getTranslation("oversight.rounds")));
        var results = rounds.overlapping(from, to);
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("oversight.rounds.none")));
        }
        for (RoundResults r : results) {
            add(new Paragraph(getTranslation("oversight.rounds.caption", r.round().title(), r.respondents(), r.eligible(),
                    String.format(Locale.ROOT, "%.1f", r.responseRate() * 100))));
            Grid<DepartmentScore> grid = new Grid<>();
            grid.addColumn(d -> names.unit(d.unitCode())).setHeader(getTranslation("oversight.unit")).setFlexGrow(1);
            for (int i = 0; i < r.round().dimensions().size(); i++) {
                int dimension = i;
                grid.addColumn(d -> dimension < d.dimensionAverages().size() ? format(d.dimensionAverages().get(dimension)) : "")
                        .setHeader(r.round().dimensions().get(i)).setAutoWidth(true);
            }
            grid.addColumn(d -> format(d.overallAverage())).setHeader(getTranslation("report.col.average")).setAutoWidth(true);
            grid.addColumn(DepartmentScore::ratings).setHeader(getTranslation("report.col.ratings")).setAutoWidth(true);
            grid.setItems(r.departments());
            grid.setAllRowsVisible(true);
            add(grid);
        }
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
