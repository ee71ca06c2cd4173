package cn.ezhou.yshj.notification.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.notification.NotificationRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One notice for one person; its text is rendered in the reader's language when shown. */
@Entity
@Table(name = "notification")
public class NotificationEntry extends AbstractEntity {

    /** Unit separator: cannot occur in a reference number or a title typed into a form field. */
    private static final String SEPARATOR = "\u001f";

    private String recipient;
    @Column(name = "message_key")
    private String messageKey;
    private String args;
    private String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected NotificationEntry() {
    }

    public NotificationEntry(String recipient, String messageKey, List<String> args, String link, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args);
        this.args = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationRecord toRecord() {
        List<String> list = args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
        return new NotificationRecord(getId(), messageKey, list, link, createdAt, readAt);
    }
}
