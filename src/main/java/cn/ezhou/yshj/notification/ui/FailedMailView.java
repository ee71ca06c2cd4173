package cn.ezhou.yshj.notification.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.notification.FailedMail;
import cn.ezhou.yshj.notification.MailFailures;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The e-mails the outbox gave up on after its last attempt, so the administrator can correct the addresses. */
@Route(value = "admin/mail", layout = MainLayout.class)
@Menu(title = "nav.failedMail", order = 86, icon = "vaadin:envelope-o")
@RolesAllowed(AppRoles.ADMIN)
class FailedMailView extends VerticalLayout implements HasDynamicTitle {

    FailedMailView(MailFailures failures) {
        setSizeFull();
        Grid<FailedMail> grid = new Grid<>();
        grid.setId("failed-mail-grid");
        grid.addColumn(FailedMail::recipient).setHeader(getTranslation("mail.failed.recipient")).setAutoWidth(true);
        grid.addColumn(FailedMail::subject).setHeader(getTranslation("mail.failed.subject")).setFlexGrow(1);
        grid.addColumn(FailedMail::attempts).setHeader(getTranslation("mail.failed.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.dateTime(m.failedAt())).setHeader(getTranslation("mail.failed.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FailedMail::lastError).setHeader(getTranslation("mail.failed.error")).setFlexGrow(1);
        grid.setItems(query -> failures.page(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("mail.failed.none"));
        add(new Paragraph(getTranslation("mail.failed.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.failed.title");
    }
}
