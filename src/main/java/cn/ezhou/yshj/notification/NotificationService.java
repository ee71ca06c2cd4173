package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.internal.NotificationEntry;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current user's own notices: the unread count, the list, marking read. Nobody reads another's. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationEntryRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LiveNotices live;

    NotificationService(NotificationEntryRepository notifications, CurrentUser currentUser, Clock clock, LiveNotices live) {
        this.notifications = notifications;
        this.live = live;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    public List<NotificationRecord> page(int offset, int limit) {
        int size = limit <= 0 ? 50 : limit;
        return notifications.findByRecipientOrderByIdDesc(me(), PageRequest.of(offset / size, size)).stream()
                .map(NotificationEntry::toRecord).toList();
    }

    @Transactional
    public NotificationRecord markRead(long id) {
        NotificationEntry entry = notifications.findById(id)
                .filter(n -> n.getRecipient().equals(me()))
                .orElseThrow(() -> new Refusal("notification.error.notFound"));
        entry.markRead(clock.instant());
        live.changed(List.of(me()));
        return entry.toRecord();
    }

    @Transactional
    public int markAllRead() {
        int marked = notifications.markAllRead(me(), clock.instant());
        live.changed(List.of(me()));
        return marked;
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
    }
}
