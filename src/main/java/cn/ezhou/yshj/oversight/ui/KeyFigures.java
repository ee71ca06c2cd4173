package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.oversight.Dashboard;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.submission.RoutingHitRate;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The dashboard's headline numbers as small labelled tiles that wrap on a phone. */
class KeyFigures extends FlexLayout {

    KeyFigures() {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        setId("key-figures");
    }

    void show(Dashboard d) {
        removeAll();
        Figures t = d.totals();
        tile("oversight.openNow", Long.toString(d.openItems()));
        tile("oversight.overdueNow", Long.toString(d.overdueNow()));
        tile("oversight.dueSoonNow", Long.toString(d.dueSoonNow()));
        tile("oversight.itemsDue", Long.toString(t.items()));
        tile("oversight.onTimeRate", Numbers.percent(t.onTimeRate()));
        tile("oversight.averageDays", Numbers.decimal(t.averageReplyDays()));
        tile("oversight.satisfactionRate", Numbers.percent(t.satisfactionRate()));
        tile("oversight.ratings", getTranslation("oversight.ratings.value", t.satisfied(), t.basic(), t.defaulted(),
                t.dissatisfied()));
        tile("oversight.reopenRate", Numbers.percent(t.reopenRate()));
        tile("oversight.consultationsWaiting", getTranslation("oversight.consultationsWaiting.value",
                d.consultations().consultations(), d.consultations().overdue()));
        tile("oversight.belowObligation", getTranslation("oversight.belowObligation.value",
                d.observersBelowObligation(), d.obligationQuarter()));
    }

    /** The triage advice's hit rate over the assignments of the period, beside the other figures. */
    void show(RoutingHitRate routing) {
        tile("oversight.routingHits", routing.assignments() == 0 ? "—"
                : getTranslation("oversight.routingHits.value", Numbers.percent(routing.firstChoicePercent() / 100),
                        Numbers.percent(routing.topThreePercent() / 100), routing.assignments()));
    }

    private void tile(String key, String value) {
        Span number = new Span(value);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span label = new Span(getTranslation(key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div tile = new Div(number, new Div(label));
        tile.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "9rem");
        tile.setId("figure-" + key.substring(key.indexOf('.') + 1));
        add(tile);
    }
}
