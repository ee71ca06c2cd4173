package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The league table's method as the office last set it: one row, versioned against concurrent edits. */
@Entity
@Table(name = "league_method")
public class LeagueSettings extends AbstractEntity {

    @Column(name = "w_on_time")
    private int onTime;
    @Column(name = "w_speed")
    private int speed;
    @Column(name = "w_satisfaction")
    private int satisfaction;
    @Column(name = "w_reopen")
    private int reopen;
    @Column(name = "w_consultation")
    private int consultation;
    @Column(name = "w_rounds")
    private int rounds;
    @Column(name = "speed_zero_days")
    private int speedZeroDays;
    private boolean published;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LeagueSettings() {
    }

    public void change(int[] weights, int speedZeroDays, boolean published, String by, Instant at) {
        this.onTime = weights[0];
        this.speed = weights[1];
        this.satisfaction = weights[2];
        this.reopen = weights[3];
        this.consultation = weights[4];
        this.rounds = weights[5];
        this.speedZeroDays = speedZeroDays;
        this.published = published;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public int[] weights() {
        return new int[] {onTime, speed, satisfaction, reopen, consultation, rounds};
    }

    public int getSpeedZeroDays() { return speedZeroDays; }
    public boolean isPublished() { return published; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
