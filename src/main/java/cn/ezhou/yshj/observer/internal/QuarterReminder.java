package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The reminder an observer got for falling short of the quarterly minimum; at most one per quarter. */
@Entity
@Table(name = "observer_quarter_reminder")
public class QuarterReminder extends AbstractEntity {

    @Column(name = "observer_id", nullable = false)
    private long observerId;
    @Column(name = "quarter_key", nullable = false, length = 7)
    private String quarterKey;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected QuarterReminder() {
    }

    public QuarterReminder(long observerId, String quarterKey, Instant sentAt) {
        this.observerId = observerId;
        this.quarterKey = quarterKey;
        this.sentAt = sentAt;
    }
}
