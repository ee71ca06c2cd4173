package cn.ezhou.yshj.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The submission form as it stands. Saved as a draft while being written (so only lengths are
 * checked here); completeness is checked on submit. The client token, generated when the form
 * opens, makes saving and submitting idempotent.
 */
public record DraftCommand(
        @NotBlank(message = "submission.error.token") @Size(min = 16, max = 64, message = "submission.error.token") String clientToken,
        SubmissionType type,
        @Size(max = 32, message = "submission.error.code") String domainCode,
        @Size(max = 32, message = "submission.error.code") String districtCode,
        @Size(max = 200, message = "submission.error.titleLength") String title,
        @Size(max = 4000, message = "submission.error.bodyLength") String body,
        @Size(max = 32, message = "submission.error.code") String suggestedUnit,
        boolean discloseName) {
}
