package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
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

/** One line of an item's timeline; written once, never changed. */
@Entity
@Immutable
@Table(name = "submission_event")
public class SubmissionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "submission_id")
    private long submissionId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private SubmissionState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private SubmissionState toState;
    private String detail;
    @Column(name = "submitter_visible")
    private boolean submitterVisible;

    protected SubmissionEvent() {
    }

    public SubmissionEvent(long submissionId, Instant occurredAt, String actor, String actorRole, String action,
                           SubmissionState from, SubmissionState to, String detail, boolean submitterVisible) {
        this.submissionId = submissionId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.detail = detail;
        this.submitterVisible = submitterVisible;
    }
}
