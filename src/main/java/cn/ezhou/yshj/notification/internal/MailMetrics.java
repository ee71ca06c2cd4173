package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.base.MetricReadings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The mail outbox's gauges for Prometheus: messages still waiting to be sent, and messages given
 * up after the last attempt. Read from the database at most once per {@code portal.metrics.keep}.
 */
@Component
class MailMetrics implements MeterBinder {

    private final MetricReadings.Kept<Long> backlog;
    private final MetricReadings.Kept<Long> failed;

    MailMetrics(OutboxMailRepository outbox, MetricReadings readings) {
        this.backlog = readings.kept("portal.mail.outbox.backlog", outbox::countBySentAtIsNullAndFailedAtIsNull);
        this.failed = readings.kept("portal.mail.outbox.failed", outbox::countBySentAtIsNullAndFailedAtIsNotNull);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portal.mail.outbox.backlog", backlog, kept -> kept.value(Long::doubleValue))
                .description("E-mails waiting in the outbox to be sent or tried again").strongReference(true)
                .register(registry);
        Gauge.builder("portal.mail.outbox.failed", failed, kept -> kept.value(Long::doubleValue))
                .description("E-mails given up after the last allowed attempt (listed for the administrator)")
                .strongReference(true).register(registry);
    }
}
