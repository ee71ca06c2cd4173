package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;

/**
 * The submission form as it stands. Saved as a draft while being written (so only lengths are
 * checked here); completeness is checked on submit. The client token, generated when the form
 * opens, makes saving and submitting idempotent.
 */
public record DraftCommand(
        @RequiredText(message = "submission.error.token") @Stored("submission.client_token") @Size(min = 16, max = 64, message = "submission.error.token") String clientToken,
        SubmissionType type,
        @Stored("submission.domain_code") @Size(max = 32, message = "submission.error.code") String domainCode,
        @Stored("submission.district_code") @Size(max = 32, message = "submission.error.code") String districtCode,
        @Stored("submission.title") @Size(max = 200, message = "submission.error.titleLength") String title,
        @Stored("submission.body") @Size(max = 4000, message = "submission.error.bodyLength") String body,
        @Stored("submission.suggested_unit") @Size(max = 32, message = "submission.error.code") String suggestedUnit,
        boolean discloseName) {
}
