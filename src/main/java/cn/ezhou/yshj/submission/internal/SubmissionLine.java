package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The columns of an item that a list line shows, and the two flags that decide whether a
 * department sees the submitter's name. Lists read these instead of whole items (see
 * docs/decisions/0009-submission-list-read-model.md).
 */
public record SubmissionLine(long id, String referenceNo, SubmissionType type, String domainCode, String title,
                             SubmissionState state, String leadUnit, LocalDate deadline, Instant submittedAt,
                             Instant createdAt, String submitterName, String pseudonym, String channelCode,
                             boolean urgent, boolean nameDisclosed, boolean identityRevealed) {

    public static SubmissionLine of(Submission s) {
        return new SubmissionLine(s.getId(), s.getReferenceNo(), s.getType(), s.getDomainCode(), s.getTitle(),
                s.getState(), s.getLeadUnit(), s.getDeadline(), s.getSubmittedAt(), s.getCreatedAt(),
                s.getSubmitterName(), s.getPseudonym(), s.getChannelCode(), s.isUrgent(), s.isNameDisclosed(),
                s.isIdentityRevealed());
    }

    /** Whether a department may see the submitter's name on this line. */
    public boolean identityOpen() {
        return nameDisclosed || identityRevealed;
    }
}
