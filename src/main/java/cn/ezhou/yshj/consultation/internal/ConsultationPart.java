package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.consultation.text.DraftPart;
import jakarta.persistence.Entity;

@Entity
public class ConsultationPart extends StoredPart {

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
