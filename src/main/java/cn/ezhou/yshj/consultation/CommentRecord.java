package cn.ezhou.yshj.consultation;

import java.time.Instant;

/** A comment and, once given, its answer. {@code author} is the association's name or the person's. */
public record CommentRecord(long id, long version, Long partId, String partLabel, String author, Integer membersRepresented,
                            String body, String proposedWording, boolean withdrawn, boolean mine, Instant createdAt,
                            Instant updatedAt, AnswerOutcome outcome, String reason, Instant answeredAt) {

    public boolean answered() {
        return outcome != null;
    }
}
