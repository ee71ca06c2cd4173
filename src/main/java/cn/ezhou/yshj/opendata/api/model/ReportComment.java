package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.CommentRecord;
import java.time.Instant;

/**
 * A comment in a published feedback report with the drafting department's answer. {@code author}
 * is shown as on the report page: the association's name, or the observer's name; {@code articleId}
 * is null for a comment on the whole draft.
 */
public record ReportComment(long id, Long articleId, String articleLabel, String author, Integer membersRepresented,
                            String body, String proposedWording, Instant writtenAt, AnswerOutcome outcome, String reason,
                            Instant answeredAt) {

    public static ReportComment of(CommentRecord c) {
        return new ReportComment(c.id(), c.partId(), c.partLabel() == null || c.partLabel().isBlank() ? null : c.partLabel(),
                c.author(), c.membersRepresented(), c.body(), c.proposedWording(), c.updatedAt(), c.outcome(), c.reason(),
                c.answeredAt());
    }
}
