package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an inbox or of a submitter's list. The submitter label is a pseudonym for departments. */
public record SubmissionSummary(long id, String reference, SubmissionType type, String domainCode, String title,
                                SubmissionState state, String leadUnit, LocalDate deadline,
                                DeadlineStatus deadlineStatus, Instant submittedAt, Instant createdAt,
                                String submitterLabel, String channelCode, boolean urgent) {
}
