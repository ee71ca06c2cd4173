package cn.ezhou.yshj.observer.internal;

import cn.ezhou.yshj.observer.ObserverHistoryEntry;
import cn.ezhou.yshj.observer.ObserverState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of an observer's history; written once, never changed. */
@Entity
@Immutable
@Table(name = "observer_event")
public class ObserverEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "observer_id", nullable = false)
    private long observerId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(nullable = false, length = 32)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ObserverState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20)
    private ObserverState toState;
    @Column(length = 2000)
    private String reason;

    protected ObserverEvent() {
    }

    public ObserverEvent(long observerId, Instant occurredAt, String actor, String action, ObserverState from,
                         ObserverState to, String reason) {
        this.observerId = observerId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.reason = reason;
    }

    public ObserverHistoryEntry toEntry() {
        return new ObserverHistoryEntry(occurredAt, actor, action, fromState, toState, reason);
    }
}
