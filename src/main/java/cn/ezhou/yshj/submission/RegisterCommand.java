package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An item the office received through another channel (阳光信访平台, hotline, …), registered as submitted. */
public record RegisterCommand(
        @RequiredText(message = "submission.error.channel") @Stored("submission.channel_code") @Size(max = 32, message = "submission.error.code") String channelCode,
        @Stored("submission.channel_ref") @Size(max = 100, message = "submission.error.channelRefLength") String channelRef,
        @RequiredText(message = "submission.error.submitterName") @Stored("submission.submitter_name") @Size(max = 60, message = "submission.error.submitterName") String submitterName,
        @Stored("submission.submitter_contact") @Size(max = 120, message = "submission.error.contactLength") String submitterContact,
        @NotNull(message = "submission.error.type") SubmissionType type,
        @RequiredText(message = "submission.error.domain") @Stored("submission.domain_code") @Size(max = 32, message = "submission.error.code") String domainCode,
        @Stored("submission.district_code") @Size(max = 32, message = "submission.error.code") String districtCode,
        @RequiredText(message = "submission.error.title") @Stored("submission.title") @Size(max = 200, message = "submission.error.titleLength") String title,
        @RequiredText(message = "submission.error.body") @Stored("submission.body") @Size(max = 4000, message = "submission.error.bodyLength") String body,
        boolean urgent) {
}
