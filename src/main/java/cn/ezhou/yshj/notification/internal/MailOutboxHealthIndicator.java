package cn.ezhou.yshj.notification.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Health "mailOutbox", part of readiness: DOWN when more than {@code portal.mail.backlog-threshold}
 * e-mails have waited unsent for longer than {@code portal.mail.backlog-age}, a sign that the mail
 * server has refused or been unreachable for a long while. Read afresh on every probe (one count
 * within the index of unsent rows). Without a mail server configured, mail waits in the outbox by
 * design (the demo, a portal that only notifies in the bell), so the backlog is shown, not judged.
 */
@Component
class MailOutboxHealthIndicator implements HealthIndicator {

    private final OutboxMailRepository outbox;
    private final Clock clock;
    private final Duration age;
    private final long threshold;
    private final ObjectProvider<JavaMailSender> mailServer;

    MailOutboxHealthIndicator(OutboxMailRepository outbox, Clock clock, ObjectProvider<JavaMailSender> mailServer,
                              @Value("${portal.mail.backlog-age:1h}") Duration age,
                              @Value("${portal.mail.backlog-threshold:100}") long threshold) {
        this.outbox = outbox;
        this.clock = clock;
        this.age = age;
        this.threshold = threshold;
        this.mailServer = mailServer;
    }

    @Override
    public Health health() {
        long old = outbox.countBySentAtIsNullAndFailedAtIsNullAndCreatedAtBefore(clock.instant().minus(age));
        if (mailServer.getIfAvailable() == null) {
            return Health.up().withDetail("mailServer", "not configured").withDetail("count", old).build();
        }
        Health.Builder health = old > threshold ? Health.down() : Health.up();
        return health.withDetail("unsentOlderThan", age.toString())
                .withDetail("count", old)
                .withDetail("threshold", threshold)
                .build();
    }
}
