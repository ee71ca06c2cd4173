package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A department's reply: the result type and the measures taken (files are added to the reply beforehand). */
public record ReplyCommand(@NotNull(message = "submission.error.resultType") ResultType resultType,
                           @RequiredText(message = "submission.error.measures") @Stored("submission.reply_text") @Size(max = 4000, message = "submission.error.measuresLength") String measures) {
}
