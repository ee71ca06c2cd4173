package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.text.DraftPart;
import jakarta.persistence.Entity;

@Entity
public class PolicyPart extends StoredPart {

    private long policyId;

    protected PolicyPart() {
    }

    public PolicyPart(long policyId, int position, DraftPart part) {
        super(position, part);
        this.policyId = policyId;
    }
}
