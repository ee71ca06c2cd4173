package cn.ezhou.yshj.workbench.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One figure of the workbench: the count, what it counts, and the filtered list it opens (the whole
 * tile is the link). A state such as overdue is said in words with an icon, never by colour alone.
 */
final class Tile extends Anchor {

    /** A state line under the figure; the colour only repeats what the icon and the words say. */
    enum Mark {
        OVERDUE(VaadinIcon.EXCLAMATION_CIRCLE, "overdue"),
        DUE_SOON(VaadinIcon.CLOCK, "due-soon"),
        DONE(VaadinIcon.CHECK_CIRCLE, "done"),
        INFO(VaadinIcon.INFO_CIRCLE_O, "info");

        private final VaadinIcon icon;
        private final String style;

        Mark(VaadinIcon icon, String style) {
            this.icon = icon;
            this.style = style;
        }
    }

    /** A tile with a count; a zero count still links, shown quieter. */
    Tile(String id, long count, String label, String href) {
        setHref(href);
        setId(id);
        addClassName("workbench-tile");
        if (count == 0) {
            addClassName("workbench-tile-none");
        }
        Span figure = new Span(String.valueOf(count));
        figure.addClassName("workbench-count");
        Span text = new Span(label);
        text.addClassName("workbench-label");
        add(figure, text);
    }

    /** A tile that only leads somewhere, with an icon in place of a count. */
    Tile(String id, VaadinIcon icon, String label, String href) {
        setHref(href);
        setId(id);
        addClassNames("workbench-tile", "workbench-tile-link");
        Icon symbol = icon.create();
        symbol.addClassName("workbench-count");
        symbol.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(label);
        text.addClassName("workbench-label");
        add(symbol, text);
    }

    Tile mark(Mark mark, String words) {
        Icon icon = mark.icon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span line = new Span(icon, new Span(words));
        line.addClassNames("workbench-mark", "workbench-mark-" + mark.style);
        add(line);
        return this;
    }

    /** The words of the tile as a screen reader and a test read them. */
    String text() {
        return getElement().getTextRecursively();
    }
}
