package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.text.DraftPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class ConsultationPart extends StoredPart {

    /** Named as the owner's read-only collection of parts names it, so both map one column. */
    @Column(name = "consultation_id")
    private long consultationId;

    protected ConsultationPart() {
    }

    public ConsultationPart(long consultationId, int position, DraftPart part) {
        super(position, part);
        this.consultationId = consultationId;
    }

    public long getConsultationId() {
        return consultationId;
    }
}
