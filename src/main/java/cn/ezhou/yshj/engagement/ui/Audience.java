package cn.ezhou.yshj.engagement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Who a briefing or an activity is for: observers and/or associations (observers ticked by default). */
class Audience extends VerticalLayout {

    private final Checkbox observers = new Checkbox(true);
    private final Checkbox associations = new Checkbox(false);

    Audience(String idPrefix) {
        setPadding(false);
        setSpacing(false);
        Span caption = new Span(getTranslation("engagement.audience"));
        caption.addClassName("block-title");
        observers.setLabel(getTranslation("engagement.audience.observers"));
        observers.setId(idPrefix + "-observers");
        associations.setLabel(getTranslation("engagement.audience.associations"));
        associations.setId(idPrefix + "-associations");
        add(caption, observers, associations);
    }

    boolean observers() {
        return observers.getValue();
    }

    boolean associations() {
        return associations.getValue();
    }

    static String text(com.vaadin.flow.component.Component c, boolean observers, boolean associations) {
        return observers && associations ? c.getTranslation("engagement.audience.both")
                : c.getTranslation(observers ? "engagement.audience.observers" : "engagement.audience.associations");
    }
}
