package cn.ezhou.yshj.engagement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The 保密 mark of a briefing or an activity: always its words 内部资料 注意保密, never a colour alone —
 * a badge before the title in lists, a banner atop the detail, and the office's checkbox on the form.
 */
final class ConfidentialMark {

    private ConfidentialMark() {
    }

    static Span badge(Component owner) {
        Icon lock = VaadinIcon.LOCK.create();
        lock.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(lock, new Span(owner.getTranslation("engagement.confidential.badge")));
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    /** A list row's title, with the badge first when the item is confidential. */
    static Component title(Component owner, String title, boolean confidential) {
        Span cell = new Span();
        if (confidential) {
            Span badge = badge(owner);
            badge.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
            cell.add(badge);
        }
        cell.add(new Span(title));
        return cell;
    }

    /** The banner at the top of a confidential item's detail. */
    static Div banner(Component owner, String id) {
        Div banner = new Div(badge(owner));
        banner.getElement().setAttribute("role", "note");
        banner.setId(id);
        return banner;
    }

    /** The office's choice when publishing: off unless ticked, with what the mark does in its help text. */
    static Checkbox checkbox(Component owner, String id) {
        Checkbox mark = new Checkbox(owner.getTranslation("engagement.confidential.mark"), false);
        mark.setHelperText(owner.getTranslation("engagement.confidential.help"));
        mark.setId(id);
        return mark;
    }
}
