package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.observer.ObjectionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An objection (异议) to a candidate; while OPEN it blocks the candidate's appointment. */
@Entity
@Table(name = "objection")
public class Objection extends AbstractEntity {

    @Column(name = "observer_id", nullable = false)
    private long observerId;
    @Column(name = "lodged_by", nullable = false, length = 30)
    private String lodgedBy;
    @Column(nullable = false, length = 60)
    private String contact;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;
    @Column(nullable = false, length = 10)
    private String state = "OPEN";
    @Column(length = 2000)
    private String resolution;
    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    protected Objection() {
    }

    public Objection(long observerId, String lodgedBy, String contact, String reason, Instant lodgedAt) {
        this.observerId = observerId;
        this.lodgedBy = lodgedBy;
        this.contact = contact;
        this.reason = reason;
        this.lodgedAt = lodgedAt;
    }

    public void resolve(boolean upheld, String resolution, String by) {
        if (!"OPEN".equals(state)) {
            throw new Refusal("observer.error.objectionResolved");
        }
        this.state = upheld ? "UPHELD" : "DISMISSED";
        this.resolution = resolution;
        this.resolvedBy = by;
    }

    public long getObserverId() {
        return observerId;
    }

    public ObjectionRecord toRecord() {
        return new ObjectionRecord(getId(), observerId, lodgedBy, contact, reason, lodgedAt, state, resolution, resolvedBy);
    }
}
