package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One assignment beside the advice given for it: the suggested lead departments (best first) and
 * the one the office chose, with its place among the suggestions (0 when it was not one of them).
 */
@Entity
@Table(name = "routing_choice")
public class RoutingChoice extends AbstractEntity {

    @Column(name = "submission_id")
    private long submissionId;
    private String suggested;
    private String chosen;
    @Column(name = "chosen_rank")
    private int chosenRank;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected RoutingChoice() {
    }

    public RoutingChoice(long submissionId, String suggested, String chosen, int chosenRank, Instant decidedAt) {
        this.submissionId = submissionId;
        this.suggested = suggested;
        this.chosen = chosen;
        this.chosenRank = chosenRank;
        this.decidedAt = decidedAt;
    }

    public long getSubmissionId() { return submissionId; }
    public String getSuggested() { return suggested; }
    public String getChosen() { return chosen; }
    public int getChosenRank() { return chosenRank; }
    public Instant getDecidedAt() { return decidedAt; }
}
