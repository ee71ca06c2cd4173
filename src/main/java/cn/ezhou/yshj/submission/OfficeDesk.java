package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.RoutingLedger;
import cn.ezhou.yshj.search.Reindexing;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionLists;
import cn.ezhou.yshj.submission.internal.SubmissionParty;
import cn.ezhou.yshj.submission.internal.SubmissionPartyRepository;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import cn.ezhou.yshj.submission.internal.WorkCountRepository;
import cn.ezhou.yshj.submission.internal.Workflow;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The office's side: register items from other channels, triage (reject, merge, assign), decide
 * returns and extension requests, review replies, reopen or close after a dissatisfied rating,
 * reveal a submitter, and the inbox and supervision lists.
 */
@Service
@Validated
@PreAuthorize("hasRole('OFFICE')")
@Transactional(readOnly = true)
public class OfficeDesk {

    private final SubmissionRepository items;
    private final SubmissionLists lists;
    private final SubmissionPartyRepository parties;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final DirectoryService directory;
    private final SubmissionService submissions;
    private final WorkCountRepository counts;
    private final RoutingLedger routing;
    private final Reindexing reindexing;
    private final Clock clock;

    /** The states the office's counts look at: its own steps and the running deadlines. */
    private static final Set<SubmissionState> COUNTED = EnumSet.of(SubmissionState.SUBMITTED, SubmissionState.RETURNED,
            SubmissionState.EXTENSION_REQUESTED, SubmissionState.REPLIED, SubmissionState.ASSIGNED,
            SubmissionState.SIGNED, SubmissionState.REWORK);

    OfficeDesk(SubmissionRepository items, SubmissionLists lists, SubmissionPartyRepository parties, Workflow workflow,
               Deadlines deadlines, Notifier notifier, DirectoryService directory, SubmissionService submissions,
               WorkCountRepository counts, RoutingLedger routing, Reindexing reindexing, Clock clock) {
        this.reindexing = reindexing;
        this.counts = counts;
        this.routing = routing;
        this.items = items;
        this.lists = lists;
        this.parties = parties;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.directory = directory;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The office's list, newest first. One statement, so it needs no transaction of its own (see 0009). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SubmissionSummary> inbox(InboxFilter filter, int offset, int limit) {
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        return lists.officeInbox(filter, offset, limit).stream()
                .map(s -> Presenter.summary(s, true, today, dueSoon)).toList();
    }

    /** What waits for the office, in one statement; each figure matches a filter of the inbox or supervision list. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public OfficeCounts counts() {
        long[] n = WorkCountRepository.numbers(counts.office(COUNTED, SubmissionState.DEADLINE_RUNNING,
                deadlines.today(), deadlines.dueSoonLimit()));
        return new OfficeCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    /** Overdue and due-soon items, most overdue first. */
    public List<SubmissionSummary> supervision(int offset, int limit) {
        return supervision(null, offset, limit);
    }

    /**
     * The supervision list narrowed to one light: {@code OVERDUE} (红灯) or {@code DUE_SOON} (黄灯); any
     * other value, or null, lists both. Most overdue first.
     */
    public List<SubmissionSummary> supervision(DeadlineStatus only, int offset, int limit) {
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        int size = limit <= 0 ? 50 : limit;
        PageRequest page = PageRequest.of(offset / size, size);
        List<Submission> found = only == DeadlineStatus.OVERDUE
                ? items.runningUntil(SubmissionState.DEADLINE_RUNNING, today.minusDays(1), page)
                : only == DeadlineStatus.DUE_SOON
                ? items.runningBetween(SubmissionState.DEADLINE_RUNNING, today, dueSoon, page)
                : items.runningUntil(SubmissionState.DEADLINE_RUNNING, dueSoon, page);
        return found.stream().map(s -> Presenter.summary(s, true, today, dueSoon)).toList();
    }

    /** An item received through another channel, entered as submitted. */
    @Transactional
    public SubmissionDetail register(@Valid RegisterCommand command) {
        if (directory.items(ReferenceList.SUBMISSION_CHANNEL).stream().noneMatch(i -> i.code().equals(command.channelCode()))
                || "PORTAL".equals(command.channelCode())) {
            throw new Refusal("submission.error.channel");
        }
        if (directory.items(ReferenceList.ENVIRONMENT_DOMAIN).stream().noneMatch(i -> i.code().equals(command.domainCode()))) {
            throw new Refusal("submission.error.domain");
        }
        if (command.districtCode() != null && directory.orgUnit(command.districtCode()).isEmpty()) {
            throw new Refusal("submission.error.unknownUnit");
        }
        Submission item = items.save(Submission.external(command.channelCode(), blankToNull(command.channelRef()),
                UserText.strip(command.submitterName()), blankToNull(command.submitterContact()), clock.instant()));
        item.edit(command.type(), command.domainCode(), blankToNull(command.districtCode()), UserText.strip(command.title()),
                UserText.strip(command.body()), null, false, command.urgent());
        item.submitted(submissions.reference(item), "WB-%04d".formatted(item.getId()), clock.instant());
        item.startStep(deadlines.stepDue());
        workflow.record(item, "REGISTER", SubmissionState.DRAFT, command.channelCode(), true);
        routing.received(item);
        return submissions.detail(item.getId());
    }

    @Transactional
    public SubmissionDetail reject(long id, long version, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.REJECT);
        item.reject(clock.instant());
        workflow.record(item, SubmissionAction.REJECT.name(), SubmissionState.SUBMITTED, text, true);
        notifier.submitter(item, "notice.submission.rejected");
        return submissions.detail(id);
    }

    /** Merges a duplicate into another item (by its reference number), which carries on for both. */
    @Transactional
    public SubmissionDetail merge(long id, long version, String targetReference) {
        Submission item = workflow.check(id, version, SubmissionAction.MERGE);
        Submission target = items.findByReferenceNo(targetReference == null ? "" : targetReference.strip())
                .orElseThrow(() -> new Refusal("submission.error.mergeTarget"));
        if (target.getId().equals(item.getId()) || target.getState().finished() || target.getState() == SubmissionState.DRAFT) {
            throw new Refusal("submission.error.mergeTarget");
        }
        item.mergeInto(target.getId(), clock.instant());
        workflow.record(item, SubmissionAction.MERGE.name(), SubmissionState.SUBMITTED, target.getReferenceNo(), true);
        notifier.submitter(item, "notice.submission.merged");
        return submissions.detail(id);
    }

    @Transactional
    public SubmissionDetail assign(long id, long version, @Valid AssignCommand command) {
        Submission item = workflow.check(id, version, SubmissionAction.ASSIGN);
        Set<String> co = new LinkedHashSet<>();
        requireResponsible(command.leadUnit());
        for (String unit : command.coUnits()) {
            requireResponsible(unit);
            if (unit.equals(command.leadUnit())) {
                throw new Refusal("submission.error.coIsLead");
            }
            co.add(unit);
        }
        SubmissionState from = item.getState();
        routing.assigned(item, command.leadUnit());
        item.assign(command.leadUnit(), deadlines.deadlineFor(item.getType(), command.urgent()), command.urgent());
        item.startStep(deadlines.stepDue());
        parties.deleteAllOf(id);
        parties.save(new SubmissionParty(id, command.leadUnit(), true));
        co.forEach(unit -> parties.save(new SubmissionParty(id, unit, false)));
        reindexing.afterCommit(Submission.class, id);
        workflow.record(item, SubmissionAction.ASSIGN.name(), from,
                command.leadUnit() + (co.isEmpty() ? "" : " + " + String.join(",", co)) + " / " + item.getDeadline(), true);
        notifier.lead(item, "notice.submission.assigned");
        notifier.units(co, item, "notice.submission.coAssigned");
        notifier.submitter(item, "notice.submission.inProgress");
        return submissions.detail(id);
    }

    /** Accepts a department's return: the item goes back to triage for another department. */
    @Transactional
    public SubmissionDetail acceptReturn(long id, long version, String note) {
        Submission item = workflow.check(id, version, SubmissionAction.ACCEPT_RETURN);
        notifier.lead(item, "notice.submission.returnAccepted");
        item.moveTo(SubmissionState.SUBMITTED);
        item.startStep(deadlines.stepDue());
        item.clearAssignment();
        workflow.record(item, SubmissionAction.ACCEPT_RETURN.name(), SubmissionState.RETURNED, Texts.optional(note, Texts.MAX_REASON), false);
        parties.deleteAllOf(id);
        reindexing.afterCommit(Submission.class, id);
        return submissions.detail(id);
    }

    /** Refuses a return: the department keeps the item, its deadline unchanged. */
    @Transactional
    public SubmissionDetail refuseReturn(long id, long version, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.REFUSE_RETURN);
        item.moveTo(SubmissionState.ASSIGNED);
        workflow.record(item, SubmissionAction.REFUSE_RETURN.name(), SubmissionState.RETURNED, text, false);
        notifier.lead(item, "notice.submission.returnRefused");
        return submissions.detail(id);
    }

    @Transactional
    public SubmissionDetail decideExtension(long id, long version, boolean approve, String note) {
        SubmissionAction action = approve ? SubmissionAction.APPROVE_EXTENSION : SubmissionAction.REFUSE_EXTENSION;
        String text = approve ? Texts.optional(note, Texts.MAX_REASON) : Texts.required(note, "submission.error.reason");
        Submission item = workflow.check(id, version, action);
        LocalDate until = item.getExtensionUntil();
        item.decideExtension(approve);
        workflow.record(item, action.name(), SubmissionState.EXTENSION_REQUESTED,
                approve ? until + (text == null ? "" : " " + text) : text, false);
        notifier.lead(item, approve ? "notice.submission.extensionApproved" : "notice.submission.extensionRefused");
        return submissions.detail(id);
    }

    /** Approves a reply: the submitter sees it and has the rating window to answer. */
    @Transactional
    public SubmissionDetail approveReply(long id, long version) {
        Submission item = workflow.check(id, version, SubmissionAction.APPROVE_REPLY);
        item.answer(clock.instant(), clock.instant().plus(Duration.ofDays(SubmissionService.RATING_DAYS)));
        workflow.record(item, SubmissionAction.APPROVE_REPLY.name(), SubmissionState.REPLIED, item.getReplyText(), true);
        notifier.submitter(item, "notice.submission.answered");
        notifier.lead(item, "notice.submission.replyApproved");
        return submissions.detail(id);
    }

    @Transactional
    public SubmissionDetail requestRework(long id, long version, String comment) {
        String text = Texts.required(comment, "submission.error.comment");
        Submission item = workflow.check(id, version, SubmissionAction.REQUEST_REWORK);
        item.moveTo(SubmissionState.REWORK);
        workflow.record(item, SubmissionAction.REQUEST_REWORK.name(), SubmissionState.REPLIED, text, false);
        notifier.lead(item, "notice.submission.rework");
        return submissions.detail(id);
    }

    /** Reopens a dissatisfied item once: the same lead department answers again, with a new deadline. */
    @Transactional
    public SubmissionDetail reopen(long id, long version, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.REOPEN);
        if (!Workflow.guard(item, SubmissionAction.REOPEN)) {
            throw new Refusal(item.getReopenCount() > 0 ? "submission.error.reopenedOnce" : "submission.error.notDissatisfied");
        }
        item.reopen(deadlines.deadlineFor(item.getType(), item.isUrgent()));
        item.startStep(deadlines.stepDue());
        workflow.record(item, "REOPEN", SubmissionState.ANSWERED, text + " / " + item.getDeadline(), true);
        parties.markOpen(id, true);
        notifier.lead(item, "notice.submission.reopened");
        notifier.submitter(item, "notice.submission.reopenedForYou");
        return submissions.detail(id);
    }

    /** Closes an answered item the submitter was dissatisfied with (or one from another channel). */
    @Transactional
    public SubmissionDetail close(long id, long version, String note) {
        String text = Texts.required(note, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.CLOSE);
        if (!Workflow.guard(item, SubmissionAction.CLOSE)) {
            throw new Refusal("submission.error.awaitingRating");
        }
        item.close(clock.instant());
        workflow.record(item, SubmissionAction.CLOSE.name(), SubmissionState.ANSWERED, text, true);
        notifier.submitter(item, "notice.submission.closed");
        return submissions.detail(id);
    }

    /** Shows the submitter's name to the departments, e.g. when they need to contact the person. */
    @Transactional
    public SubmissionDetail revealIdentity(long id, long version, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.REVEAL_IDENTITY);
        if (!Workflow.guard(item, SubmissionAction.REVEAL_IDENTITY)) {
            throw new Refusal("submission.error.alreadyVisible");
        }
        item.revealIdentity();
        workflow.record(item, SubmissionAction.REVEAL_IDENTITY.name(), item.getState(), text, true);
        notifier.submitter(item, "notice.submission.identityRevealed");
        return submissions.detail(id);
    }

    private void requireResponsible(String unitCode) {
        OrgUnitRecord unit = directory.orgUnit(unitCode).orElseThrow(() -> new Refusal("submission.error.unknownUnit"));
        if (!unit.active() || !unit.kind().isResponsibleUnit()) {
            throw new Refusal("submission.error.notResponsible", unitCode);
        }
    }

    private static String blankToNull(String s) {
        return UserText.orNull(s);
    }
}
