package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An e-mail waiting in the outbox until the mail server accepts it. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    private String recipient;
    private String subject;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        this.sentAt = now;
        this.lastError = null;
    }

    /**
     * A failed attempt: try again later, waiting longer after each failure, up to the cap; after
     * the last allowed attempt the message is given up (failed) and shown to the administrator.
     */
    public void failed(String error, Instant now, Duration firstRetry, Duration maxRetry, int maxAttempts) {
        attempts++;
        if (attempts >= maxAttempts) {
            failedAt = now;
        }
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait);
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public int getAttempts() { return attempts; }
    public Instant getSentAt() { return sentAt; }
    public Instant getFailedAt() { return failedAt; }
    public String getLastError() { return lastError; }
}
