package cn.ezhou.yshj.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;

/**
 * The sections of a long menu, and the one place that says which page belongs to which: by the
 * page's route, the pages themselves keep their {@code @Menu} annotations. A route in none of them
 * (the home page, the own account) stays at the top level.
 */
enum MenuSection {
    SUBMISSIONS(VaadinIcon.INBOX, List.of("office/inbox", "office/supervision", "office/common-problems",
            "department/inbox", "department/templates", "submissions", "cases")),
    OBSERVERS(VaadinIcon.GROUP, List.of("observers", "observers/size", "observers/obligation", "publicity",
            "charter", "office/charter", "me", "briefings", "activities")),
    CHAMBERS(VaadinIcon.HANDSHAKE, List.of("associations", "consultations", "policies")),
    EVALUATION(VaadinIcon.TROPHY, List.of("office/dashboard", "league", "office/reports", "rounds")),
    ADMINISTRATION(VaadinIcon.COG, List.of("admin/"));

    /** A menu of at most this many entries fits a phone screen and stays flat. */
    static final int FLAT_UP_TO = 14;

    private final VaadinIcon icon;
    private final List<String> routes;

    MenuSection(VaadinIcon icon, List<String> routes) {
        this.icon = icon;
        this.routes = routes;
    }

    /** The section of a menu entry's path ({@code /office/inbox} or {@code office/inbox}); a route ending in / is a prefix. */
    static Optional<MenuSection> of(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        for (MenuSection section : values()) {
            for (String r : section.routes) {
                if (r.endsWith("/") ? route.startsWith(r) : route.equals(r)) {
                    return Optional.of(section);
                }
            }
        }
        return Optional.empty();
    }

    /** The name kept in the user's preference and the section item's id suffix. */
    String key() {
        return name().toLowerCase();
    }

    String titleKey() {
        return "menu.section." + key();
    }

    VaadinIcon icon() {
        return icon;
    }
}
