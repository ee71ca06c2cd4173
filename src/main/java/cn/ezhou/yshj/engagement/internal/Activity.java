package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivitySummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An activity (座谈会, 明察暗访, 培训…) with a capacity and a sign-up deadline. */
@Entity
public class Activity extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private String title;
    private String description;
    private Instant startsAt;
    private String place;
    private int capacity;
    private Instant signupDeadline;
    private boolean toObservers;
    private boolean toAssociations;
    private String createdBy;
    private Instant createdAt;
    /** 保密: 内部资料 注意保密; kept out of anything public, and its openings are recorded. */
    private boolean confidential;

    protected Activity() {
    }

    public Activity(ActivityKind kind, String title, String description, Instant startsAt, String place, int capacity,
                    Instant signupDeadline, boolean toObservers, boolean toAssociations, String createdBy,
                    Instant createdAt, boolean confidential) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.startsAt = startsAt;
        this.place = place;
        this.capacity = capacity;
        this.signupDeadline = signupDeadline;
        this.toObservers = toObservers;
        this.toAssociations = toAssociations;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.confidential = confidential;
    }

    /** Sign-up and cancelling are possible up to (not at) the deadline. */
    public boolean signupOpen(Instant now) {
        return now.isBefore(signupDeadline);
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    public ActivitySummary toSummary(long signedUp, boolean mine) {
        return new ActivitySummary(getId(), kind, title, startsAt, place, capacity, signupDeadline, signedUp, mine,
                confidential);
    }

    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public int getCapacity() { return capacity; }
    public boolean isToObservers() { return toObservers; }
    public boolean isToAssociations() { return toAssociations; }
    public boolean isConfidential() { return confidential; }
}
