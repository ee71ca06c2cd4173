package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.MonthFigures;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/** The monthly trend as a chart, with the same numbers in a table beneath (open by default on a phone too). */
class MonthlyTrend extends VerticalLayout {

    private final PortalChart chart = new PortalChart();
    private final Grid<MonthFigures> table = new Grid<>();

    MonthlyTrend() {
        setPadding(false);
        chart.setId("trend-chart");
        column(m -> m.month().toString(), "oversight.month");
        column(m -> Long.toString(m.figures().items()), "oversight.items");
        column(m -> Long.toString(m.figures().onTime()), "oversight.onTime");
        column(m -> Long.toString(m.figures().late()), "oversight.late");
        column(m -> Long.toString(m.figures().overdue()), "oversight.overdue");
        column(m -> Numbers.percent(m.figures().onTimeRate()), "oversight.onTimeRate");
        column(m -> Numbers.decimal(m.figures().averageReplyDays()), "oversight.averageDays");
        column(m -> Numbers.percent(m.figures().satisfactionRate()), "oversight.satisfactionRate");
        column(m -> Numbers.percent(m.figures().reopenRate()), "oversight.reopenRate");
        table.setAllRowsVisible(true);
        table.setId("trend-table");
        table.setEmptyStateText(getTranslation("oversight.noItems"));
        Details numbers = new Details(getTranslation("oversight.chartNumbers"), table);
        numbers.setOpened(true);
        numbers.setWidthFull();
        add(new H3(getTranslation("oversight.trend")), chart, numbers);
    }

    private void column(Function<MonthFigures, String> value, String key) {
        table.addColumn(value::apply).setHeader(getTranslation(key)).setAutoWidth(true);
    }

    void show(List<MonthFigures> months) {
        table.setItems(months);
        List<String> labels = months.stream().map(m -> m.month().toString()).toList();
        chart.lines(labels, List.of(
                new PortalChart.Series(getTranslation("oversight.items"), values(months, f -> (double) f.items()), false),
                new PortalChart.Series(getTranslation("oversight.onTimeRate"),
                        values(months, f -> Numbers.chartPercent(f.onTimeRate())), true),
                new PortalChart.Series(getTranslation("oversight.satisfactionRate"),
                        values(months, f -> Numbers.chartPercent(f.satisfactionRate())), true),
                new PortalChart.Series(getTranslation("oversight.reopenRate"),
                        values(months, f -> Numbers.chartPercent(f.reopenRate())), true)));
    }

    private static List<Double> values(List<MonthFigures> months, Function<Figures, Double> value) {
        return months.stream().map(m -> value.apply(m.figures())).toList();
    }
}
