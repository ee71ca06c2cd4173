package cn.ezhou.yshj.calendar.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The administrators were warned that a year's holidays are missing. */
@Entity
@Table(name = "calendar_year_warning")
public class YearWarning {

    @Id
    @Column(name = "year_no")
    private int year;

    @Column(name = "warned_at", nullable = false)
    private Instant warnedAt;

    protected YearWarning() {
    }

    public YearWarning(int year, Instant warnedAt) {
        this.year = year;
        this.warnedAt = warnedAt;
    }
}
