package cn.ezhou.yshj.engagement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A briefing delivered to one person; {@code readAt} is the read receipt (first opening), set once. */
@Entity
public class BriefingReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long briefingId;
    private String username;
    private Long associationId;
    private Instant deliveredAt;
    private Instant readAt;

    protected BriefingReceipt() {
    }

    public BriefingReceipt(long briefingId, String username, Long associationId, Instant deliveredAt) {
        this.briefingId = briefingId;
        this.username = username;
        this.associationId = associationId;
        this.deliveredAt = deliveredAt;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getBriefingId() { return briefingId; }
    public String getUsername() { return username; }
    public Long getAssociationId() { return associationId; }
    public Instant getReadAt() { return readAt; }
}
