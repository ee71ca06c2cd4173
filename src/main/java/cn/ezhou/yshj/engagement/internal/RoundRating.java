package cn.ezhou.yshj.engagement.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One rater's rating of one department in a round: a score per dimension, in the round's order, and
 * an optional comment. Given once and never changed, so it carries no version.
 */
@Entity
@Table(name = "round_rating")
public class RoundRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long roundId;
    private String unitCode;
    private String raterKey;
    private String ratedBy;
    private Long associationId;
    private String comment;
    private Instant ratedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_score", joinColumns = @JoinColumn(name = "rating_id"))
    @OrderColumn(name = "position")
    @Column(name = "score")
    private List<Integer> scores = new ArrayList<>();

    protected RoundRating() {
    }

    public RoundRating(long roundId, String unitCode, String raterKey, String ratedBy, Long associationId,
                       List<Integer> scores, String comment, Instant ratedAt) {
        this.roundId = roundId;
        this.unitCode = unitCode;
        this.raterKey = raterKey;
        this.ratedBy = ratedBy;
        this.associationId = associationId;
        this.scores.addAll(scores);
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public Long getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getRatedBy() { return ratedBy; }
    public Long getAssociationId() { return associationId; }
    public String getComment() { return comment; }
    public Instant getRatedAt() { return ratedAt; }
    public List<Integer> getScores() { return List.copyOf(scores); }
}
