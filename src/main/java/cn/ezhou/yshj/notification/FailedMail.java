package cn.ezhou.yshj.notification;

import java.time.Instant;

/** An e-mail the outbox gave up on after its last allowed attempt. */
public record FailedMail(long id, String recipient, String subject, int attempts, Instant failedAt, String lastError) {
}
