package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.notification.internal.NotificationEntry;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice written on another instance (a row in the shared table, without this instance's in-JVM
 * signal) reaches the pages listening here through the database poll, and only its recipient's.
 */
abstract class LiveNoticesAcrossInstancesContract {

    @Autowired LiveNotices live;
    @Autowired LiveNoticePoll poll;
    @Autowired NotificationEntryRepository notifications;
    @Autowired TransactionTemplate tx;
    @Autowired TestClock clock;
    String reader;
    String other;

    @BeforeEach
    void names() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        reader = "live-" + suffix;
        other = "live-other-" + suffix;
    }

    /** Inserts the row as another instance would: through the table, not through this instance's LiveNotices. */
    private void writtenElsewhere(String recipient) {
        notifications.save(new NotificationEntry(recipient, "notification.test", List.of(), null, clock.instant()));
    }

    @Test
    void a_notice_written_on_another_instance_rings_the_recipients_bell_here_within_the_poll_interval() {
        AtomicInteger readerSignals = new AtomicInteger();
        AtomicInteger otherSignals = new AtomicInteger();
        Runnable stopReader = live.register(reader, readerSignals::incrementAndGet);
        Runnable stopOther = live.register(other, otherSignals::incrementAndGet);
        try {
            poll.poll(); // this instance follows the table from its newest notice on
            writtenElsewhere(reader);
            await("the scheduled poll").atMost(Duration.ofSeconds(15)).until(() -> readerSignals.get() > 0);
            assertThat(otherSignals).hasValue(0);
        } finally {
            stopReader.run();
            stopOther.run();
        }
    }

    @Test
    void an_instance_starts_from_the_newest_notice_and_signals_each_new_one_once() {
        writtenElsewhere(reader);
        LiveNotices secondLive = new LiveNotices();
        LiveNoticePoll secondPoll = new LiveNoticePoll(secondLive, notifications);
        AtomicInteger signals = new AtomicInteger();
        secondLive.register(reader, signals::incrementAndGet);
        secondPoll.poll();
        secondPoll.poll();
        assertThat(signals).as("notices from before are counted by the page itself").hasValue(0);
        writtenElsewhere(reader);
        secondPoll.poll();
        secondPoll.poll();
        assertThat(signals).hasValue(1);
    }

    @Test
    void a_notice_committed_after_a_later_one_was_read_still_arrives() throws Exception {
        LiveNotices secondLive = new LiveNotices();
        LiveNoticePoll secondPoll = new LiveNoticePoll(secondLive, notifications);
        AtomicInteger readerSignals = new AtomicInteger();
        AtomicInteger otherSignals = new AtomicInteger();
        secondLive.register(reader, readerSignals::incrementAndGet);
        secondLive.register(other, otherSignals::incrementAndGet);
        secondPoll.poll();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slowDelivery = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            writtenElsewhere(reader); // takes the lower id, commits last
            inserted.countDown();
            held(commit);
        }));
        assertThat(inserted.await(15, TimeUnit.SECONDS)).isTrue();
        writtenElsewhere(other);
        secondPoll.poll();
        assertThat(otherSignals).hasValue(1);
        assertThat(readerSignals).hasValue(0);
        commit.countDown();
        slowDelivery.get(15, TimeUnit.SECONDS);
        secondPoll.poll();
        assertThat(readerSignals).hasValue(1);
        assertThat(otherSignals).hasValue(1);
    }

    private static void held(CountDownLatch latch) {
        try {
            if (!latch.await(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
