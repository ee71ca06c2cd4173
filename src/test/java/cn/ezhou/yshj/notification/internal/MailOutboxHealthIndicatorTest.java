package cn.ezhou.yshj.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox judges its backlog only where a mail server is configured to empty it. */
class MailOutboxHealthIndicatorTest {

    private final OutboxMailRepository outbox = mock(OutboxMailRepository.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void an_old_backlog_with_a_mail_server_is_down() {
        when(outbox.countBySentAtIsNullAndFailedAtIsNullAndCreatedAtBefore(any())).thenReturn(101L);
        assertThat(indicator(true).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void without_a_mail_server_mail_waits_by_design_and_the_portal_stays_ready() {
        when(outbox.countBySentAtIsNullAndFailedAtIsNullAndCreatedAtBefore(any())).thenReturn(5_000L);
        var health = indicator(false).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("mailServer", "not configured").containsEntry("count", 5_000L);
    }

    private MailOutboxHealthIndicator indicator(boolean mailServer) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (mailServer) {
            beans.addBean("mailSender", new JavaMailSenderImpl());
        }
        return new MailOutboxHealthIndicator(outbox, clock, beans.getBeanProvider(JavaMailSender.class),
                Duration.ofHours(1), 100);
    }
}
