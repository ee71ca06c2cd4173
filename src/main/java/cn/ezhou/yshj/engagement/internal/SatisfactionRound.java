package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.engagement.RoundPhase;
import cn.ezhou.yshj.engagement.RoundSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A satisfaction round: the departments rated, the dimensions asked, the window of days. */
@Entity
@Table(name = "satisfaction_round")
public class SatisfactionRound extends AbstractEntity {

    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Instant openedAt;
    private Instant remindedAt;
    private String createdBy;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_department", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_code")
    private Set<String> departments = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_dimension", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> dimensions = new ArrayList<>();

    protected SatisfactionRound() {
    }

    public SatisfactionRound(String title, LocalDate opensOn, LocalDate closesOn, Collection<String> departments,
                             List<String> dimensions, String createdBy, Instant createdAt) {
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.departments.addAll(departments);
        this.dimensions.addAll(dimensions);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Open from the start of the first day to the end of the last day, city time. */
    public RoundPhase phase(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return RoundPhase.SCHEDULED;
        }
        return today.isAfter(closesOn) ? RoundPhase.CLOSED : RoundPhase.OPEN;
    }

    public RoundSummary toSummary(LocalDate today) {
        return new RoundSummary(getId(), title, opensOn, closesOn, phase(today), departments.size(), List.copyOf(dimensions));
    }

    public void markOpened(Instant at) { openedAt = at; }
    public Instant getOpenedAt() { return openedAt; }
    public void markReminded(Instant at) { remindedAt = at; }
    public Instant getRemindedAt() { return remindedAt; }
    public String getTitle() { return title; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public Set<String> getDepartments() { return Set.copyOf(departments); }
    public List<String> getDimensions() { return List.copyOf(dimensions); }
}
