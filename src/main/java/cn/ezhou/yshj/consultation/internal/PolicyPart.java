package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.text.DraftPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class PolicyPart extends StoredPart {

    /** Named as the owner's read-only collection of parts names it, so both map one column. */
    @Column(name = "policy_id")
    private long policyId;

    protected PolicyPart() {
    }

    public PolicyPart(long policyId, int position, DraftPart part) {
        super(position, part);
        this.policyId = policyId;
    }
}
