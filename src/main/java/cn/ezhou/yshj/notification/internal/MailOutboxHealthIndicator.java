package cn.ezhou.yshj.notification.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "mailOutbox", part of readiness: DOWN when more than {@code portal.mail.backlog-threshold}
 * e-mails have waited unsent for longer than {@code portal.mail.backlog-age}, a sign that the mail
 * server has refused or been unreachable for a long while. Read afresh on every probe (one count
 * within the index of unsent rows).
 */
@Component
class MailOutboxHealthIndicator implements HealthIndicator {

    private final OutboxMailRepository outbox;
    private final Clock clock;
    private final Duration age;
    private final long threshold;

    MailOutboxHealthIndicator(OutboxMailRepository outbox, Clock clock,
                              @Value("${portal.mail.backlog-age:1h}") Duration age,
                              @Value("${portal.mail.backlog-threshold:100}") long threshold) {
        this.outbox = outbox;
        this.clock = clock;
        this.age = age;
        this.threshold = threshold;
    }

    @Override
    public Health health() {
        long old = outbox.countBySentAtIsNullAndFailedAtIsNullAndCreatedAtBefore(clock.instant().minus(age));
        Health.Builder health = old > threshold ? Health.down() : Health.up();
        return health.withDetail("unsentOlderThan", age.toString())
                .withDetail("count", old)
                .withDetail("threshold", threshold)
                .build();
    }
}
