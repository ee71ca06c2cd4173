package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A publicity period (公示) for a batch of approved candidates; it ends at the close of {@code endsOn}. */
@Entity
@Table(name = "publicity_batch")
public class PublicityBatch extends AbstractEntity {

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    protected PublicityBatch() {
    }

    public PublicityBatch(LocalDate startsOn, LocalDate endsOn, String openedBy) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.openedBy = openedBy;
    }

    public boolean isRunning(LocalDate today) {
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
