package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, once across instances (ShedLock). A failure leaves the message
 * queued with a growing wait, until the last allowed attempt marks it failed (an address that keeps
 * failing is not tried for ever); a sent message is marked in the same step, so it is never sent again.
 * Connecting, reading and writing have timeouts (spring.mail.properties), so a silent server cannot
 * hold the outbox.
 * Without a configured mail server the messages simply wait.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int maxAttempts;
    private boolean warnedNoServer;

    MailOutbox(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx, Clock clock,
               @Value("${portal.mail.from:noreply@yshj.ezhou.invalid}") String from,
               @Value("${portal.mail.first-retry:PT1M}") Duration firstRetry,
               @Value("${portal.mail.max-retry:PT1H}") Duration maxRetry,
               @Value("${portal.mail.max-attempts:8}") int maxAttempts) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    @Scheduled(fixedDelayString = "${portal.mail.send-interval:PT15S}")
    // Every few seconds on each instance, and a second run sends only what is still due: the lock
    // need only keep two instances from sending at once, not hold past the run.
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "5m", lockAtLeastFor = "0s")
    void scheduled() {
        sendDue();
    }

    /** Sends every due message; returns how many were sent. */
    int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (!warnedNoServer) {
                log.info("No mail server configured (spring.mail.host): e-mails stay in the outbox");
                warnedNoServer = true;
            }
            return 0;
        }
        List<Long> due = tx.execute(s -> outbox.due(clock.instant(), PageRequest.of(0, BATCH)).stream()
                .map(OutboxMail::getId).toList());
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            Boolean ok;
            try {
                ok = tx.execute(s -> send(sender, outbox.findById(id).orElseThrow()));
            } catch (OptimisticLockingFailureException e) {
                // Another run (the schedule beside a run asked for, or another instance without the
                // lock) recorded this message's attempt first; its outcome stands, this one is dropped.
                log.debug("Mail outbox #{} was handled by another run meanwhile", id);
                continue;
            }
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMail mail) {
        if (mail.getSentAt() != null) {
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            sender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (Exception e) {
            mail.failed(e.getMessage(), clock.instant(), firstRetry, maxRetry, maxAttempts);
            log.warn("Mail to outbox #{} failed (attempt {} of {}): {}", mail.getId(), mail.getAttempts(), maxAttempts,
                    e.getMessage());
            return false;
        }
    }
}
