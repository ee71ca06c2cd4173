package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.notification.internal.DigestLine;
import cn.ezhou.yshj.notification.internal.DigestLineRepository;
import cn.ezhou.yshj.notification.internal.NotificationEntry;
import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest, once across instances (ShedLock): for each person with waiting lines, one
 * e-mail into the outbox listing them, and the lines removed in the same transaction, so each is
 * mailed once. A person who has no address any more gets no mail; the lines are removed all the same
 * (the notices stay in the bell).
 */
@Component
class NoticeDigest {

    private static final Logger log = LoggerFactory.getLogger(NoticeDigest.class);

    private final DigestLineRepository lines;
    private final NotificationEntryRepository notifications;
    private final OutboxMailRepository outbox;
    private final AccountDirectory accounts;
    private final NoticeMails mails;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeDigest(DigestLineRepository lines, NotificationEntryRepository notifications, OutboxMailRepository outbox,
                 AccountDirectory accounts, NoticeMails mails, TransactionTemplate tx, Clock clock) {
        this.lines = lines;
        this.notifications = notifications;
        this.outbox = outbox;
        this.accounts = accounts;
        this.mails = mails;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notices.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "notice-digest", lockAtMostFor = "30m")
    void scheduled() {
        run();
    }

    /** One pass, a transaction per person; returns how many digest e-mails were queued. */
    int run() {
        List<String> recipients = tx.execute(s -> lines.pendingRecipients());
        int queued = 0;
        for (String recipient : recipients == null ? List.<String>of() : recipients) {
            // One person's digest that cannot be made now is rolled back and waits for the next run; the others go out.
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> digestFor(recipient)))) {
                    queued++;
                }
            } catch (TakenByAnotherRun e) {
                log.info("Digest lines of {} were mailed by another run", recipient);
            } catch (RuntimeException e) {
                log.warn("Digest of {} left for the next run", recipient, e);
            }
        }
        return queued;
    }

    private boolean digestFor(String recipient) {
        List<DigestLine> waiting = lines.findByRecipientOrderByIdAsc(recipient);
        if (waiting.isEmpty()) {
            return false;
        }
        // Another run that took these lines first leaves fewer to delete: roll back rather than mail them twice.
        if (lines.deleteByIds(waiting.stream().map(DigestLine::getId).toList()) != waiting.size()) {
            throw new TakenByAnotherRun();
        }
        Optional<AccountContact> contact = accounts.contact(recipient).filter(NoticeMails::hasAddress);
        if (contact.isEmpty()) {
            return false;
        }
        List<NotificationRecord> notices = notifications.findAllById(waiting.stream().map(DigestLine::getNotificationId)
                .toList()).stream().sorted(Comparator.comparing(NotificationEntry::getId)).map(NotificationEntry::toRecord)
                .toList();
        outbox.save(mails.digest(contact.get(), notices, LocalDate.now(clock), clock.instant()));
        return true;
    }

    /** Another run deleted some of the lines first: this person's digest is that run's. */
    private static final class TakenByAnotherRun extends RuntimeException {
        TakenByAnotherRun() {
            super(null, null, false, false);
        }
    }
}
