package cn.ezhou.yshj.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A comment on one part of the draft ({@code partId}) or on the whole ({@code partId} null). */
public record CommentCommand(
        Long partId,
        @NotBlank(message = "consultation.error.commentRequired") @Size(max = 4000, message = "consultation.error.commentLength") String body,
        @Size(max = 4000, message = "consultation.error.wordingLength") String proposedWording,
        @PositiveOrZero(message = "consultation.error.membersInvalid") @Max(value = 10_000_000, message = "consultation.error.membersInvalid") Integer membersRepresented) {
}
