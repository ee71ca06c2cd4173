package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.CoInput;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.Party;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionSummary;
import cn.ezhou.yshj.submission.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Shapes items for a viewer. Identity protection lives here: a department sees the submitter only
 * as a pseudonym unless the submitter agreed or the office revealed it; the submitter sees a reply
 * only once the office approved it, and only the timeline lines meant for them.
 */
public final class Presenter {

    private Presenter() {
    }

    public static boolean showsIdentity(Set<Party> standing, Submission item) {
        return showsIdentity(standing, item.isNameDisclosed(), item.isIdentityRevealed());
    }

    public static boolean showsIdentity(Set<Party> standing, boolean nameDisclosed, boolean identityRevealed) {
        return standing.contains(Party.OFFICE) || standing.contains(Party.SUBMITTER) || nameDisclosed
                || identityRevealed;
    }

    public static String submitterLabel(Submission item, boolean identity) {
        return label(item.getSubmitterName(), item.getPseudonym(), identity);
    }

    private static String label(String name, String pseudonym, boolean identity) {
        return identity && name != null ? name + " (" + pseudonym + ")" : pseudonym;
    }

    public static SubmissionSummary summary(Submission s, boolean identity, LocalDate today, LocalDate dueSoon) {
        return summary(SubmissionLine.of(s), identity, today, dueSoon);
    }

    public static SubmissionSummary summary(SubmissionLine s, boolean identity, LocalDate today, LocalDate dueSoon) {
        return new SubmissionSummary(s.id(), s.referenceNo(), s.type(), s.domainCode(), s.title(), s.state(),
                s.leadUnit(), s.deadline(), Deadlines.status(s.state(), s.deadline(), today, dueSoon),
                s.submittedAt(), s.createdAt(), label(s.submitterName(), s.pseudonym(), identity), s.channelCode(),
                s.urgent());
    }

    public static SubmissionDetail detail(Submission s, Set<Party> standing, List<SubmissionParty> parties,
                                          String mergedIntoReference, DeadlineStatus status,
                                          Set<cn.ezhou.yshj.submission.SubmissionAction> actions) {
        boolean identity = showsIdentity(standing, s);
        boolean office = standing.contains(Party.OFFICE);
        boolean department = standing.contains(Party.LEAD) || standing.contains(Party.CO);
        boolean replyVisible = replyVisible(standing, s);
        List<CoInput> co = parties.stream().filter(p -> !p.isLead())
                .map(p -> new CoInput(p.getUnitCode(), office || department ? p.getInputText() : null,
                        office || department ? p.getInputAt() : null))
                .toList();
        return new SubmissionDetail(s.getId(), s.getVersion(), s.getReferenceNo(), s.getType(), s.getDomainCode(),
                s.getDistrictCode(), s.getTitle(), s.getBody(), s.getSuggestedUnit(), s.getChannelCode(),
                office ? s.getChannelRef() : null, submitterLabel(s, identity), identity ? s.getSubmitterName() : null,
                office ? s.getSubmitterContact() : null, s.isNameDisclosed(), s.isIdentityRevealed(), s.isUrgent(),
                s.getState(), s.getLeadUnit(), co, s.getDeadline(), status,
                office || department ? s.getExtensionUntil() : null,
                office || department ? s.getExtensionReason() : null, mergedIntoReference, s.getCommonProblemId(),
                replyVisible ? s.getResultType() : null, replyVisible ? s.getReplyText() : null, s.getAnsweredAt(),
                s.getRating(), s.getRatingComment(), s.isRatingDefaulted(), s.getRatingDueAt(), s.getReopenCount(),
                s.getCreatedAt(), s.getSubmittedAt(), s.getClosedAt(), standing, actions,
                s.getState() == SubmissionState.DRAFT && standing.contains(Party.SUBMITTER) ? s.getClientToken() : null);
    }

    /** Departments and the office see the reply as written; the submitter once the office approved it. */
    public static boolean replyVisible(Set<Party> standing, Submission s) {
        if (standing.contains(Party.OFFICE) || standing.contains(Party.LEAD) || standing.contains(Party.CO)) {
            return true;
        }
        return s.getAnsweredAt() != null && s.getState() != SubmissionState.REPLIED && s.getState() != SubmissionState.REWORK;
    }

    /** A timeline line for the viewer: the submitter's own actions are shown under the pseudonym to departments. */
    public static TimelineEntry line(ItemTimeline.Line e, ItemTimeline.Scope item, boolean identity) {
        String actor = e.actor();
        if (actor.equals(item.submitterUsername()) && !identity) {
            actor = item.pseudonym();
        }
        return new TimelineEntry(e.id(), e.at(), actor, e.actorRole(), e.action(), e.from(), e.to(), e.detail());
    }
}
