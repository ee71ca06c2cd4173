package cn.ezhou.yshj.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A department's reply: the result type and the measures taken (files are added to the reply beforehand). */
public record ReplyCommand(@NotNull(message = "submission.error.resultType") ResultType resultType,
                           @NotBlank(message = "submission.error.measures") @Size(max = 4000, message = "submission.error.measuresLength") String measures) {
}
