package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Pseudonyms;
import cn.ezhou.yshj.submission.internal.ItemTimeline;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionLists;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import cn.ezhou.yshj.submission.internal.Viewer;
import cn.ezhou.yshj.submission.internal.WorkCountRepository;
import cn.ezhou.yshj.submission.internal.RoutingLedger;
import cn.ezhou.yshj.submission.internal.Workflow;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The submitter's side (observers and associations): drafts that autosave, an idempotent submit,
 * the own list, and rating the answer; plus the item page every party reads through its scope.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SubmissionService {

    @Stored("submission.rating_comment")
    public static final int MAX_RATING_COMMENT = 500;
    static final int RATING_DAYS = 7;

    private final SubmissionRepository items;
    private final SubmissionLists lists;
    private final ItemTimeline timelines;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final DirectoryService directory;
    private final ObserverRights rights;
    private final AccountDirectory accounts;
    private final WorkCountRepository counts;
    private final Clock clock;

    private final RoutingLedger routing;

    SubmissionService(SubmissionRepository items, SubmissionLists lists, ItemTimeline timelines, Workflow workflow,
                      Deadlines deadlines, Notifier notifier,
                      DirectoryService directory, AccountDirectory accounts, ObserverRights rights,
                      WorkCountRepository counts, RoutingLedger routing, Clock clock) {
        this.counts = counts;
        this.routing = routing;
        this.rights = rights;
        this.items = items;
        this.lists = lists;
        this.timelines = timelines;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates or updates the draft of this form (by its client token). A submitted item is returned unchanged. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public SubmissionDetail saveDraft(@Valid DraftCommand command) {
        return detail(saveDraftItem(command).getId());
    }

    /** Saves and submits the form. Submitting again (a double click, a resent request) changes nothing. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public SubmissionDetail submit(@Valid DraftCommand command) {
        Submission saved = saveDraftItem(command);
        if (saved.getState() != SubmissionState.DRAFT) {
            return detail(saved.getId());
        }
        items.flush(); // the version submitDraft checks is the one just written
        return submitDraft(saved.getId(), saved.getVersion());
    }

    private Submission saveDraftItem(DraftCommand command) {
        rights.requireServing();
        Viewer viewer = workflow.viewer();
        Submission item = items.findByClientToken(command.clientToken())
                .orElseGet(() -> items.save(new Submission(command.clientToken(), viewer.username(), null, clock.instant())));
        if (!viewer.username().equals(item.getSubmitterUsername())) {
            throw new Refusal("submission.error.notFound");
        }
        if (item.getState() == SubmissionState.DRAFT) {
            item.edit(command.type(), command.domainCode(), command.districtCode(), command.title(), command.body(),
                    command.suggestedUnit(), command.discloseName(), false);
        }
        return item;
    }

    /** Submits a saved draft: it gets its reference number and goes to the office. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public SubmissionDetail submitDraft(long id, long version) {
        rights.requireServing();
        Submission item = workflow.check(id, version, SubmissionAction.SUBMIT);
        requireComplete(item);
        Viewer viewer = workflow.viewer();
        AccountContact contact = accounts.contact(viewer.username()).orElseThrow();
        String prefix = viewer.roles().contains(AppRoles.OBSERVER) ? "GCY" : "SH";
        item.submitted(reference(item), Pseudonyms.next(prefix), clock.instant());
        item.startStep(deadlines.stepDue());
        item.nameSnapshot(contact.displayName(), contact.email());
        workflow.record(item, SubmissionAction.SUBMIT.name(), SubmissionState.DRAFT, null, true);
        routing.received(item);
        notifier.office(item, "notice.submission.new");
        return detail(id);
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public void discardDraft(long id) {
        Submission item = workflow.visible(id);
        if (item.getState() != SubmissionState.DRAFT || !workflow.username().equals(item.getSubmitterUsername())) {
            throw new Refusal("submission.error.notADraft");
        }
        items.delete(item);
    }

    /** The latest unfinished draft, to resume where the user left off. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public Optional<SubmissionDetail> latestDraft() {
        return items.findFirstBySubmitterUsernameAndStateOrderByIdDesc(workflow.username(), SubmissionState.DRAFT)
                .map(s -> detail(s.getId()));
    }

    /** The submitter's own items, newest first. One statement: no transaction of its own (see 0009). */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SubmissionSummary> mine(InboxFilter filter, int offset, int limit) {
        String username = workflow.username();
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        return lists.submitterList(username, filter, offset, limit).stream()
                .map(s -> Presenter.summary(s, true, today, dueSoon)).toList();
    }

    /** The submitter's own drafts and answered items, in one statement. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public MyItemCounts myCounts() {
        return myCounts(Instant.EPOCH, Instant.EPOCH);
    }

    /** The same, with the items submitted in [from, to) (e.g. the quarter of the observer's duty), in one statement. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public MyItemCounts myCounts(Instant from, Instant to) {
        long[] n = WorkCountRepository.numbers(counts.submitter(workflow.username(), from, to));
        return new MyItemCounts(n[0], n[1], n[2]);
    }

    /** The item as this viewer may see it; an item outside the viewer's scope is "not found". */
    @PreAuthorize("isAuthenticated()")
    public SubmissionDetail detail(long id) {
        items.flush(); // after a change in this transaction: the version shown must be the one written
        Workflow.Access access = workflow.access(id);
        Submission item = access.item();
        Set<Party> standing = access.standing();
        String merged = item.getMergedIntoId() == null ? null
                : items.findById(item.getMergedIntoId()).map(Submission::getReferenceNo).orElse(null);
        return Presenter.detail(item, standing, access.parties(), merged,
                Deadlines.status(item, deadlines.today(), deadlines.dueSoonLimit()),
                workflow.actions(item, standing));
    }

    /**
     * The item's timeline as this viewer may see it; an item outside the viewer's scope is "not
     * found". The scope and the lines come in one statement, so no transaction of its own (see 0009).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<TimelineEntry> timeline(long id) {
        Viewer viewer = workflow.viewer();
        ItemTimeline.Read read = timelines.read(id, viewer.unitCode())
                .orElseThrow(() -> new Refusal("submission.error.notFound"));
        ItemTimeline.Scope item = read.scope();
        Set<Party> standing = workflow.standingOrRefuse(id, viewer.partiesOn(item.submitterUsername(),
                item.leadUnit(), item.viewerIsCo() ? Set.of(viewer.unitCode()) : Set.of()));
        boolean onlySubmitter = standing.equals(Set.of(Party.SUBMITTER));
        boolean identity = Presenter.showsIdentity(standing, item.nameDisclosed(), item.identityRevealed());
        return read.lines().stream()
                .filter(e -> !onlySubmitter || e.submitterVisible())
                .map(e -> Presenter.line(e, item, identity))
                .toList();
    }

    /** The submitter's rating of an approved answer; 不满意 lets the office reopen once. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public SubmissionDetail rate(long id, long version, Rating rating, String comment) {
        if (rating == null) {
            throw new Refusal("submission.error.rating");
        }
        String text = UserText.orNull(comment);
        if (text != null && text.length() > MAX_RATING_COMMENT) {
            throw new Refusal("submission.error.ratingCommentLength", MAX_RATING_COMMENT);
        }
        if (rating == Rating.DISSATISFIED && (text == null || text.isEmpty())) {
            throw new Refusal("submission.error.dissatisfiedReason");
        }
        Submission item = workflow.check(id, version, SubmissionAction.RATE);
        if (!Workflow.guard(item, SubmissionAction.RATE)) {
            throw new Refusal("submission.error.alreadyRated");
        }
        SubmissionState from = item.getState();
        item.rate(rating, text, false, clock.instant());
        workflow.record(item, SubmissionAction.RATE.name(), from, rating.name() + (text == null ? "" : ": " + text), true);
        if (rating == Rating.DISSATISFIED) {
            notifier.office(item, "notice.submission.dissatisfied");
        }
        return detail(id);
    }

    private void requireComplete(Submission item) {
        if (UserText.isBlank(item.getTitle())) {
            throw new Refusal("submission.error.title");
        }
        if (UserText.isBlank(item.getBody())) {
            throw new Refusal("submission.error.body");
        }
        if (directory.items(ReferenceList.ENVIRONMENT_DOMAIN).stream().noneMatch(i -> i.code().equals(item.getDomainCode()))) {
            throw new Refusal("submission.error.domain");
        }
        if (item.getSuggestedUnit() != null && directory.orgUnit(item.getSuggestedUnit()).isEmpty()) {
            throw new Refusal("submission.error.unknownUnit");
        }
        if (item.getDistrictCode() != null && directory.orgUnit(item.getDistrictCode()).isEmpty()) {
            throw new Refusal("submission.error.unknownUnit");
        }
    }

    String reference(Submission item) {
        int year = item.getCreatedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        return "SQ%d-%06d".formatted(year, item.getId());
    }
}
