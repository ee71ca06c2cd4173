package cn.ezhou.yshj.notification.ui;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.HeaderWidget;
import cn.ezhou.yshj.notification.LiveNotices;
import cn.ezhou.yshj.notification.NotificationService;

/** Puts the notification bell into the header of every logged-in page. */
@org.springframework.stereotype.Component
class BellWidget implements HeaderWidget {

    private final NotificationService notifications;
    private final LiveNotices live;
    private final CurrentUser currentUser;

    BellWidget(NotificationService notifications, LiveNotices live, CurrentUser currentUser) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications, live, currentUser);
    }
}
