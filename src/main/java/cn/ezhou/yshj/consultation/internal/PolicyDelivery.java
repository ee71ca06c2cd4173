package cn.ezhou.yshj.consultation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A policy pushed to one person; {@code readAt} is the read receipt (first opening). */
@Entity
public class PolicyDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long policyId;
    private String username;
    private Long associationId;
    private Instant deliveredAt;
    private Instant readAt;

    protected PolicyDelivery() {
    }

    public PolicyDelivery(long policyId, String username, Long associationId, Instant deliveredAt) {
        this.policyId = policyId;
        this.username = username;
        this.associationId = associationId;
        this.deliveredAt = deliveredAt;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getPolicyId() { return policyId; }
    public Long getAssociationId() { return associationId; }
    public Instant getReadAt() { return readAt; }
}
