package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionLists;
import cn.ezhou.yshj.submission.internal.SubmissionParty;
import cn.ezhou.yshj.submission.internal.SubmissionPartyRepository;
import cn.ezhou.yshj.submission.internal.Viewer;
import cn.ezhou.yshj.submission.internal.WorkCountRepository;
import cn.ezhou.yshj.submission.internal.Workflow;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A department's side, always limited to its own unit's items: sign, return, ask for more time,
 * give co-department input, reply. The submitter appears as a pseudonym unless disclosed.
 */
@Service
@Validated
@PreAuthorize("hasRole('DEPARTMENT')")
@Transactional(readOnly = true)
public class DepartmentDesk {

    private final SubmissionLists lists;
    private final SubmissionPartyRepository parties;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final SubmissionService submissions;
    private final WorkCountRepository counts;
    private final Clock clock;

    /** The states in which the lead owes its reply and may give it. */
    static final Set<SubmissionState> ANSWERING = EnumSet.of(SubmissionState.SIGNED, SubmissionState.REWORK);

    DepartmentDesk(SubmissionLists lists, SubmissionPartyRepository parties, Workflow workflow,
                   Deadlines deadlines, Notifier notifier, SubmissionService submissions, WorkCountRepository counts,
                   Clock clock) {
        this.counts = counts;
        this.lists = lists;
        this.parties = parties;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * The items of the user's own unit, as lead or co-department. A user without a unit sees none.
     * Two independent statements (the unit, then the page): no transaction of its own (see 0009).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SubmissionSummary> inbox(InboxFilter filter, int offset, int limit) {
        Viewer viewer = workflow.viewer();
        if (viewer.unitCode() == null) {
            return List.of();
        }
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        return lists.unitInbox(viewer.unitCode(), filter, offset, limit).stream()
                .map(s -> Presenter.summary(s, s.identityOpen(), today, dueSoon))
                .toList();
    }

    /**
     * What waits for the user's own unit, counted in one statement besides looking up the unit; a
     * user without a unit has nothing. Each figure is the length of the matching {@link #tasks} list.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public DepartmentCounts counts() {
        Viewer viewer = workflow.viewer();
        if (viewer.unitCode() == null) {
            return DepartmentCounts.NONE;
        }
        long[] n = WorkCountRepository.numbers(counts.department(viewer.unitCode(), ANSWERING,
                SubmissionState.DEADLINE_RUNNING, deadlines.today(), deadlines.dueSoonLimit()));
        return new DepartmentCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    /** One of the unit's to-do lists, the nearest deadline first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SubmissionSummary> tasks(DepartmentTask task, int offset, int limit) {
        Viewer viewer = workflow.viewer();
        if (viewer.unitCode() == null || task == null) {
            return List.of();
        }
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        return lists.unitTasks(viewer.unitCode(), task, offset, limit).stream()
                .map(s -> Presenter.summary(s, s.identityOpen(), today, dueSoon))
                .toList();
    }

    @Transactional
    public SubmissionDetail sign(long id, long version) {
        Submission item = workflow.check(id, version, SubmissionAction.SIGN);
        item.moveTo(SubmissionState.SIGNED);
        workflow.record(item, SubmissionAction.SIGN.name(), SubmissionState.ASSIGNED, null, true);
        notifier.submitter(item, "notice.submission.signed");
        return submissions.detail(id);
    }

    /** Returns an item that is not this department's business; the office decides. */
    @Transactional
    public SubmissionDetail returnItem(long id, long version, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.RETURN);
        SubmissionState from = item.getState();
        item.moveTo(SubmissionState.RETURNED);
        item.startStep(deadlines.stepDue());
        workflow.record(item, SubmissionAction.RETURN.name(), from, text, false);
        notifier.office(item, "notice.submission.returned");
        return submissions.detail(id);
    }

    @Transactional
    public SubmissionDetail requestExtension(long id, long version, LocalDate until, String reason) {
        String text = Texts.required(reason, "submission.error.reason");
        Submission item = workflow.check(id, version, SubmissionAction.REQUEST_EXTENSION);
        if (until == null || !until.isAfter(item.getDeadline())) {
            throw new Refusal("submission.error.extensionDate", item.getDeadline());
        }
        item.requestExtension(until, text);
        workflow.record(item, SubmissionAction.REQUEST_EXTENSION.name(), SubmissionState.SIGNED, until + " " + text, false);
        notifier.office(item, "notice.submission.extensionRequested");
        return submissions.detail(id);
    }

    /** A co-department's contribution to the lead's reply. Giving it again replaces the earlier text. */
    @Transactional
    public SubmissionDetail coInput(long id, long version, String text) {
        String input = Texts.required(text, "submission.error.input", Texts.MAX_INPUT);
        Submission item = workflow.check(id, version, SubmissionAction.CO_INPUT);
        String unit = workflow.viewer().unitCode();
        SubmissionParty party = parties.findBySubmissionIdOrderByIdAsc(id).stream()
                .filter(p -> !p.isLead() && p.getUnitCode().equals(unit)).findFirst()
                .orElseThrow(() -> new Refusal("submission.error.notYourAction"));
        party.giveInput(input, workflow.viewer().username(), clock.instant());
        workflow.record(item, SubmissionAction.CO_INPUT.name(), item.getState(), unit + ": " + input, false);
        notifier.lead(item, "notice.submission.coInput");
        return submissions.detail(id);
    }

    @Transactional
    public SubmissionDetail reply(long id, long version, @Valid ReplyCommand command) {
        Submission item = workflow.check(id, version, SubmissionAction.REPLY);
        SubmissionState from = item.getState();
        item.reply(command.resultType(), UserText.strip(command.measures()), clock.instant());
        workflow.record(item, SubmissionAction.REPLY.name(), from, command.resultType().name(), false);
        notifier.office(item, "notice.submission.replied");
        return submissions.detail(id);
    }
}
