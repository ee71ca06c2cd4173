package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

@Entity
public class ConsultationComment extends AbstractEntity {

    private long consultationId;
    private Long partId;
    private String authorUsername;
    private String authorName;
    private Long associationId;
    private String body;
    private String proposedWording;
    private Integer membersRepresented;
    private boolean withdrawn;
    private Instant createdAt;
    private Instant updatedAt;
    @Enumerated(EnumType.STRING)
    private AnswerOutcome outcome;
    private String reason;
    private String answeredBy;
    private Instant answeredAt;

    protected ConsultationComment() {
    }

    public ConsultationComment(long consultationId, String authorUsername, String authorName, Long associationId,
                               Instant at) {
        this.consultationId = consultationId;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.associationId = associationId;
        this.createdAt = at;
    }

    public void write(Long partId, String body, String proposedWording, Integer membersRepresented, Instant at) {
        this.partId = partId;
        this.body = body;
        this.proposedWording = proposedWording;
        this.membersRepresented = membersRepresented;
        this.updatedAt = at;
    }

    public void withdraw(Instant at) {
        withdrawn = true;
        updatedAt = at;
    }

    public void answer(AnswerOutcome outcome, String reason, String by, Instant at) {
        this.outcome = outcome;
        this.reason = reason;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public CommentRecord toRecord(String partLabel, boolean mine) {
        return new CommentRecord(getId(), getVersion(), partId, partLabel, authorName, membersRepresented, body,
                proposedWording, withdrawn, mine, createdAt, updatedAt, outcome, reason, answeredAt);
    }

    public long getConsultationId() { return consultationId; }
    public Long getPartId() { return partId; }
    public String getAuthorUsername() { return authorUsername; }
    public Long getAssociationId() { return associationId; }
    public boolean isWithdrawn() { return withdrawn; }
    public AnswerOutcome getOutcome() { return outcome; }
}
