package cn.ezhou.yshj.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item the office received through another channel (阳光信访平台, hotline, …), registered as submitted. */
public record RegisterCommand(
        @NotBlank(message = "submission.error.channel") @Size(max = 32, message = "submission.error.code") String channelCode,
        @Size(max = 100, message = "submission.error.channelRefLength") String channelRef,
        @NotBlank(message = "submission.error.submitterName") @Size(max = 60, message = "submission.error.submitterName") String submitterName,
        @Size(max = 120, message = "submission.error.contactLength") String submitterContact,
        @NotNull(message = "submission.error.type") SubmissionType type,
        @NotBlank(message = "submission.error.domain") @Size(max = 32, message = "submission.error.code") String domainCode,
        @Size(max = 32, message = "submission.error.code") String districtCode,
        @NotBlank(message = "submission.error.title") @Size(max = 200, message = "submission.error.titleLength") String title,
        @NotBlank(message = "submission.error.body") @Size(max = 4000, message = "submission.error.bodyLength") String body,
        boolean urgent) {
}
