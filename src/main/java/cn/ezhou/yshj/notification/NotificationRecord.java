package cn.ezhou.yshj.notification;

import java.time.Instant;
import java.util.List;

/** A notice as its recipient sees it: a translation key with its arguments, where it leads, when read. */
public record NotificationRecord(long id, String messageKey, List<String> args, String link, Instant createdAt,
                                 Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
