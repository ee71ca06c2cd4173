package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Max;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A comment on one part of the draft ({@code partId}) or on the whole ({@code partId} null). */
public record CommentCommand(
        Long partId,
        @RequiredText(message = "consultation.error.commentRequired") @Stored("consultation_comment.body") @Size(max = 4000, message = "consultation.error.commentLength") String body,
        @Stored("consultation_comment.proposed_wording") @Size(max = 4000, message = "consultation.error.wordingLength") String proposedWording,
        @PositiveOrZero(message = "consultation.error.membersInvalid") @Max(value = 10_000_000, message = "consultation.error.membersInvalid") Integer membersRepresented) {
}
