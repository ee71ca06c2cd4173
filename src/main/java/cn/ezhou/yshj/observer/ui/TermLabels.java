package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.observer.TermFacts;
import com.vaadin.flow.component.Component;

/** An observer's state as the roster, the dialog and the duty record show it: a renewal is named as such. */
final class TermLabels {

    private TermLabels() {
    }

    static String state(Component c, ObserverSummary o) {
        String state = c.getTranslation("observerState." + o.state());
        TermFacts t = o.terms();
        if (t.renewalWaiting()) {
            return c.getTranslation("observers.term.renewalWaiting", state, Formats.date(t.renewedUntil()));
        }
        return t.renewed() ? c.getTranslation("observers.term.renewed", state, t.number()) : state;
    }

    /** The term line's addition: which term, since when, and a renewal decided; empty for a first term. */
    static String renewalLine(Component c, ObserverSummary o) {
        TermFacts t = o.terms();
        StringBuilder line = new StringBuilder();
        if (t.renewed()) {
            line.append(c.getTranslation("observers.term.number", t.number(), Formats.date(t.servingSince())));
        }
        if (t.renewalWaiting()) {
            line.append(c.getTranslation("observers.term.next", Formats.date(o.termEnd().plusDays(1)),
                    Formats.date(t.renewedUntil()), Formats.date(t.renewedOn())));
        }
        return line.toString();
    }
}
