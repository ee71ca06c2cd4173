package cn.ezhou.yshj.notification.ui;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.notification.LiveNotices;
import cn.ezhou.yshj.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the header: the unread count, updated live when a notice arrives; opens the list. */
class NotificationBell extends Button {

    private final NotificationService notifications;
    private final LiveNotices live;
    private final CurrentUser currentUser;
    private final Span count = new Span();
    private Runnable unregister;

    NotificationBell(NotificationService notifications, LiveNotices live, CurrentUser currentUser) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
        setId("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        setIcon(VaadinIcon.BELL.create());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        refresh();
    }

    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notification.bell", unread));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // A notice may arrive while the session is being closed, after its user is gone: then
        // there is nobody to count for, and the service would rightly refuse to count.
        currentUser.username().ifPresent(username -> unregister = live.register(username,
                () -> ui.access(() -> currentUser.username().ifPresent(u -> refresh()))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }
}
