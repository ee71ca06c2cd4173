package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.notification.internal.NoticeArrival;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The path of live notices between instances: every instance (deliberately not under ShedLock, each
 * must look) reads the notices written since it last looked, on any instance, and signals its own
 * pages of their recipients. One indexed query on the primary key returning ids and usernames,
 * bounded per poll, and none at all while no page here listens. The in-JVM signal of
 * {@link NoticeDelivery} stays for this instance's own writes; a second signal only recounts a bell.
 */
@Component
class LiveNoticePoll {

    static final int BATCH = 500;
    static final int MAX_BATCHES = 10;

    private final LiveNotices live;
    private final NotificationEntryRepository notifications;
    private ArrivalCursor cursor;

    LiveNoticePoll(LiveNotices live, NotificationEntryRepository notifications) {
        this.live = live;
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${portal.notifications.live-poll:PT2S}")
    synchronized void poll() {
        if (!live.hasListeners()) {
            cursor = null; // nobody to tell: no query; start again from the newest notice when someone listens
            return;
        }
        if (cursor == null) {
            // A page counts its unread notices when it opens, so only what comes after is news.
            cursor = new ArrivalCursor(notifications.maxId());
            return;
        }
        List<NoticeArrival> arrived = new ArrayList<>();
        Set<Long> gaps = cursor.gaps();
        if (!gaps.isEmpty()) {
            arrived.addAll(notifications.arrivedAmong(gaps));
        }
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<NoticeArrival> batch = notifications.arrivedAfter(cursor.last(), PageRequest.of(0, BATCH));
            batch.forEach(a -> cursor.saw(a.id()));
            arrived.addAll(batch);
            if (batch.size() < BATCH) {
                break;
            }
        }
        arrived.forEach(a -> cursor.saw(a.id()));
        cursor.polled();
        Set<String> recipients = new LinkedHashSet<>();
        arrived.forEach(a -> recipients.add(a.recipient()));
        if (!recipients.isEmpty()) {
            live.changed(recipients);
        }
    }
}
