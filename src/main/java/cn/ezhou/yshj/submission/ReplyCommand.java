package cn.ezhou.yshj.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A department's reply: the result type, the measures taken, and uploaded attachments. */
public record ReplyCommand(@NotNull(message = "submission.error.resultType") ResultType resultType, @NotBlank(message = "submission.error.measures") @Size(max = 4000, message = "submission.error.measuresLength") String measures,
                           List<Long> attachmentIds) {

    public ReplyCommand {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
