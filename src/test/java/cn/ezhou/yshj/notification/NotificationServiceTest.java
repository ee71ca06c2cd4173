package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/** A notice published in a transaction reaches each recipient in-app and by the outbox; nobody reads another's. */
@PortalTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OutboxMailRepository outbox;
    @Autowired
    LiveNotices live;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserAccountRepository accounts;

    Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(security, accounts).ensure("notice-a", null, "OBSERVER").ensure("notice-b", "FGW", "DEPARTMENT");
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    private void publish(String key, String... recipients) {
        tx.executeWithoutResult(s -> events.publishEvent(new Notice(List.of(recipients), key, List.of("SQ2026-000001", "标题"),
                "submissions/1")));
    }

    private long awaitUnread(String username, long expected) throws InterruptedException {
        actors.as(username, "OBSERVER");
        // Delivered after the commit, on another thread: a loaded machine may take a while. Polled on
        // this thread, which holds the user.
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> notifications.unreadCount() == expected);
        return notifications.unreadCount();
    }

    @Test
    void each_recipient_gets_the_notice_in_app_and_an_email_in_the_outbox() throws InterruptedException {
        actors.as("notice-a", "OBSERVER");
        long before = notifications.unreadCount();
        long queued = outbox.countBySentAtIsNull();
        AtomicInteger pushed = new AtomicInteger();
        Runnable unregister = live.register("notice-a", pushed::incrementAndGet);
        publish("notice.submission.answered", "notice-a", "notice-b");
        assertThat(awaitUnread("notice-a", before + 1)).isEqualTo(before + 1);
        assertThat(outbox.countBySentAtIsNull()).isEqualTo(queued + 2);
        // Told at once by this instance's delivery; the poll between instances may tell it once more
        // (it only recounts the bell), so a second signal is allowed, a third would be a bug.
        await().atMost(Duration.ofSeconds(15)).until(() -> pushed.get() >= 1);
        assertThat(pushed.get()).as("the open page is told").isBetween(1, 2);
        unregister.run();

        actors.as("notice-a", "OBSERVER");
        NotificationRecord latest = notifications.page(0, 10).getFirst();
        assertThat(latest.messageKey()).isEqualTo("notice.submission.answered");
        assertThat(latest.args()).containsExactly("SQ2026-000001", "标题");
        assertThat(latest.unread()).isTrue();

        actors.as("notice-b", "DEPARTMENT");
        assertThatThrownBy(() -> notifications.markRead(latest.id()))
                .isInstanceOf(Refusal.class).hasMessage("notification.error.notFound");
        actors.as("notice-a", "OBSERVER");
        assertThat(notifications.markRead(latest.id()).unread()).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(before);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void a_notice_published_in_a_transaction_that_rolls_back_reaches_nobody() throws InterruptedException {
        actors.as("notice-a", "OBSERVER");
        long before = notifications.unreadCount();
        try {
            tx.executeWithoutResult(s -> {
                events.publishEvent(new Notice(List.of("notice-a"), "notice.submission.closed", List.of("X", "Y"), null));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change did not happen, so neither does its notice
        }
        Thread.sleep(300);
        assertThat(notifications.unreadCount()).isEqualTo(before);
    }
}
