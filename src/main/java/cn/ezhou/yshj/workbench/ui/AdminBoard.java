package cn.ezhou.yshj.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The administrator's home: the e-mails given up on, and the administration pages one click away. */
final class AdminBoard {

    private AdminBoard() {
    }

    static Board of(Component owner, long failedMail) {
        Tile mail = new Tile("tile-failed-mail", failedMail, owner.getTranslation("workbench.admin.failedMail"), "admin/mail");
        if (failedMail > 0) {
            mail.mark(Tile.Mark.OVERDUE, owner.getTranslation("workbench.admin.correct"));
        }
        return new Board("board-admin", owner.getTranslation("workbench.admin.title"))
                .tile(mail)
                .tile(new Tile("tile-users", VaadinIcon.USERS, owner.getTranslation("nav.users"), "admin/users"))
                .tile(new Tile("tile-audit", VaadinIcon.ARCHIVE, owner.getTranslation("nav.audit"), "admin/audit"))
                .tile(new Tile("tile-calendar", VaadinIcon.CALENDAR, owner.getTranslation("nav.calendar"), "admin/calendar"))
                .tile(new Tile("tile-org-units", VaadinIcon.SITEMAP, owner.getTranslation("nav.orgUnits"), "admin/org-units"));
    }
}
