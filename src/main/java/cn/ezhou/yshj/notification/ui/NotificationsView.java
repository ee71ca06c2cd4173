package cn.ezhou.yshj.notification.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.notification.NotificationRecord;
import cn.ezhou.yshj.notification.NotificationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The user's notices, newest first; opening one marks it read and goes where it points. A link leads
 * to the choice of how each kind of notice is e-mailed.
 */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    NotificationsView(NotificationService notifications) {
        setSizeFull();
        Grid<NotificationRecord> grid = new Grid<>();
        grid.setId("notifications-grid");
        grid.addColumn(n -> Formats.dateTime(n.createdAt())).setHeader(getTranslation("notification.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(n -> {
            Span text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
            if (n.unread()) {
                text.getStyle().set("font-weight", "600");
            }
            return text;
        })).setHeader(getTranslation("notification.message")).setFlexGrow(1);
        grid.addColumn(n -> n.unread() ? getTranslation("notification.unread") : getTranslation("notification.read"))
                .setHeader(getTranslation("notification.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.page(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.addItemClickListener(e -> {
            notifications.markRead(e.getItem().id());
            if (e.getItem().link() != null) {
                getUI().ifPresent(ui -> ui.navigate(e.getItem().link()));
            } else {
                grid.getDataProvider().refreshAll();
            }
        });
        Button all = new Button(getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        all.setId("notifications-read-all");
        RouterLink settings = new RouterLink(getTranslation("notification.preferences.title"), NoticePreferencesView.class);
        settings.setId("notifications-settings");
        HorizontalLayout actions = new HorizontalLayout(all, settings);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
