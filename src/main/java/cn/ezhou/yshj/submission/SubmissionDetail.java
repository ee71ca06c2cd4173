package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An item as the viewer may see it. The submitter's name and contact are null for a department
 * unless the submitter agreed or the office revealed them; the reply is null for the submitter
 * until the office approved it. {@code actions} is what this viewer may do now;
 * {@code draftToken} lets the submitter go on editing a draft (null otherwise).
 */
public record SubmissionDetail(
        long id, long version, String reference, SubmissionType type, String domainCode, String districtCode,
        String title, String body, String suggestedUnit, String channelCode, String channelRef,
        String submitterLabel, String submitterName, String submitterContact, boolean nameDisclosed,
        boolean identityRevealed, boolean urgent, SubmissionState state, String leadUnit, List<CoInput> coUnits,
        LocalDate deadline, DeadlineStatus deadlineStatus, LocalDate extensionUntil, String extensionReason,
        String mergedIntoReference, Long commonProblemId, ResultType resultType, String replyText,
        Instant answeredAt, Rating rating, String ratingComment, boolean ratingDefaulted, Instant ratingDueAt,
        int reopenCount, Instant createdAt, Instant submittedAt, Instant closedAt,
        Set<Party> parties, Set<SubmissionAction> actions, String draftToken) {

    public boolean can(SubmissionAction action) {
        return actions.contains(action);
    }
}
