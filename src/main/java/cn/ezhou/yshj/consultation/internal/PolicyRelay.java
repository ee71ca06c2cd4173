package cn.ezhou.yshj.consultation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An association's confirmation that it passed a policy on to its members, and to how many. */
@Entity
public class PolicyRelay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long policyId;
    private long associationId;
    private int memberCount;
    private String confirmedBy;
    private Instant confirmedAt;

    protected PolicyRelay() {
    }

    public PolicyRelay(long policyId, long associationId) {
        this.policyId = policyId;
        this.associationId = associationId;
    }

    public void confirm(int memberCount, String by, Instant at) {
        this.memberCount = memberCount;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public int getMemberCount() { return memberCount; }
}
