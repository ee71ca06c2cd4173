package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice waiting for its recipient's daily digest e-mail. Deleted in the transaction that queues
 * the digest, so a line is mailed once and survives a restart until then.
 */
@Entity
@Table(name = "notice_digest_line")
public class DigestLine extends AbstractEntity {

    private String recipient;
    @Column(name = "notification_id")
    private long notificationId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DigestLine() {
    }

    public DigestLine(String recipient, long notificationId, Instant createdAt) {
        this.recipient = recipient;
        this.notificationId = notificationId;
        this.createdAt = createdAt;
    }

    public long getNotificationId() {
        return notificationId;
    }
}
