package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.LeagueRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;

/** The league table's rows, already ranked by the service; every figure behind the score is shown. */
class LeagueGrid extends Grid<LeagueRow> {

    LeagueGrid(Names names) {
        addColumn(r -> r.rank() == 0 ? Numbers.NONE : Integer.toString(r.rank())).setHeader(getTranslation("league.rank"))
                .setAutoWidth(true).setFrozen(true);
        addColumn(r -> names.unit(r.unitCode())).setHeader(getTranslation("oversight.unit")).setAutoWidth(true)
                .setFrozen(true);
        number(r -> Numbers.decimal(r.overall()), "league.score");
        number(r -> Long.toString(r.figures().items()), "league.assigned");
        number(r -> Long.toString(r.figures().onTime()), "oversight.onTime");
        number(r -> Long.toString(r.figures().late() + r.figures().overdue()), "league.overdue");
        number(r -> Numbers.percent(r.figures().onTimeRate()), "oversight.onTimeRate");
        number(r -> Numbers.decimal(r.figures().averageReplyDays()), "oversight.averageDays");
        number(r -> satisfaction(r.figures()), "oversight.satisfactionRate");
        number(r -> Long.toString(r.figures().reopened()), "league.reopened");
        number(r -> r.consultationDue() == 0 ? Numbers.NONE
                : r.consultationOnTime() + " / " + r.consultationDue(), "league.consultation");
        number(r -> r.roundRatings() == 0 ? Numbers.NONE
                : getTranslation("league.roundsValue", Numbers.decimal(r.roundAverage()), r.roundRatings()), "league.rounds");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("league.empty"));
        setId("league-table");
    }

    private String satisfaction(Figures f) {
        String rate = Numbers.percent(f.satisfactionRate());
        return f.defaulted() == 0 ? rate : getTranslation("league.defaultedApart", rate, f.defaulted());
    }

    private void number(Function<LeagueRow, String> value, String key) {
        addColumn(value::apply).setHeader(getTranslation(key)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }
}
