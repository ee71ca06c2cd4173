package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.submission.Party;
import cn.ezhou.yshj.submission.SubmissionAction;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place where an action on an item is checked and recorded: the item exists, the
 * viewer's version is current, the viewer stands in the right capacity, the state allows it.
 * Every change lands on the timeline and in the audit trail.
 */
@Component
public class Workflow {

    /** The key of the units already read in the current transaction. */
    private static final Object UNITS_READ = new Object();

    private final SubmissionRepository items;
    private final SubmissionPartyRepository parties;
    private final SubmissionEventRepository events;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final Clock clock;

    Workflow(SubmissionRepository items, SubmissionPartyRepository parties, SubmissionEventRepository events,
             AuditService audit, CurrentUser currentUser, AccountDirectory directory, Clock clock) {
        this.items = items;
        this.parties = parties;
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
    }

    /** The acting user; the unit is looked up only for department users, the only ones it scopes. */
    public Viewer viewer() {
        String username = username();
        Set<String> roles = currentUser.roles();
        return new Viewer(username, roles, roles.contains("DEPARTMENT") ? unitOf(username) : null);
    }

    /**
     * A department user's unit, read once per transaction: one action checks the user's standing,
     * records the step and presents the result, and each asks.
     */
    private String unitOf(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return directory.orgUnitCode(username);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> read = (Map<String, String>) TransactionSynchronizationManager.getResource(UNITS_READ);
        if (read == null) {
            Map<String, String> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(UNITS_READ, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UNITS_READ);
                }
            });
            read = fresh;
        }
        return read.computeIfAbsent(username, directory::orgUnitCode);
    }

    public String username() {
        return currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
    }

    /** An item, the viewer, the capacities in which the viewer stands to it, and the item's departments (lead first). */
    public record Access(Submission item, Viewer viewer, Set<Party> standing, List<SubmissionParty> parties) {
    }

    /** The item with the viewer's standing, if the viewer may see it at all; otherwise "not found". */
    public Access access(long id) {
        Viewer viewer = viewer();
        Submission item = load(id);
        List<SubmissionParty> onItem = parties.findBySubmissionIdOrderByIdAsc(id);
        return new Access(item, viewer, standingOrRefuse(id, viewer.partiesOn(item, coUnits(onItem))), onItem);
    }

    /** The viewer's standing on the item; none means the item stays "not found", and the attempt is recorded. */
    public Set<Party> standingOrRefuse(long id, Set<Party> standing) {
        if (standing.isEmpty()) {
            audit.recordRefused("SUBMISSION_READ", "Submission", id, "not a party");
            throw new Refusal("submission.error.notFound");
        }
        return standing;
    }

    public Submission load(long id) {
        return items.findById(id).orElseThrow(() -> new Refusal("submission.error.notFound"));
    }

    public Set<String> coUnits(long id) {
        return coUnits(parties.findBySubmissionIdOrderByIdAsc(id));
    }

    private static Set<String> coUnits(List<SubmissionParty> onItem) {
        return onItem.stream()
                .filter(p -> !p.isLead())
                .map(SubmissionParty::getUnitCode)
                .collect(Collectors.toSet());
    }

    /** The item, if the viewer may see it at all; otherwise "not found", so its existence leaks nothing. */
    public Submission visible(long id) {
        return access(id).item();
    }

    /** Loads the item and checks that the current user may take the action now. */
    public Submission check(long id, long version, SubmissionAction action) {
        Access access = access(id);
        Submission item = access.item();
        if (item.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        Set<Party> standing = access.standing();
        if (!standing.contains(action.party())) {
            audit.recordRefused("SUBMISSION_" + action, "Submission", id, "party " + standing);
            throw new Refusal("submission.error.notYourAction");
        }
        if (!action.allowedFrom(item.getState())) {
            audit.recordRefused("SUBMISSION_" + action, "Submission", id, "state " + item.getState());
            throw new Refusal("submission.error.illegalTransition");
        }
        return item;
    }

    /** What the viewer may do now: the rule table plus the guards a rule alone cannot express. */
    public Set<SubmissionAction> actions(Submission item, Set<Party> standing) {
        Set<SubmissionAction> allowed = EnumSet.noneOf(SubmissionAction.class);
        for (SubmissionAction action : SubmissionAction.values()) {
            if (standing.contains(action.party()) && action.allowedFrom(item.getState()) && guard(item, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Conditions beyond state and party; the services refuse the same cases with a message. */
    public static boolean guard(Submission item, SubmissionAction action) {
        return switch (action) {
            case RATE -> item.getRating() == null && item.getSubmitterUsername() != null;
            case REOPEN -> item.getRating() == cn.ezhou.yshj.submission.Rating.DISSATISFIED && item.getReopenCount() == 0;
            case CLOSE -> item.getRating() == cn.ezhou.yshj.submission.Rating.DISSATISFIED
                    || item.getSubmitterUsername() == null;
            case REVEAL_IDENTITY -> !item.isIdentityRevealed() && !item.isNameDisclosed()
                    && item.getSubmitterUsername() != null;
            default -> true;
        };
    }

    /** Writes the timeline line and the audit record, and keeps the departments' open flags in step. */
    public void record(Submission item, String action, SubmissionState from, String detail, boolean submitterVisible) {
        Viewer viewer = currentUser.isLoggedIn() ? viewer() : null;
        String actor = viewer == null ? "system" : viewer.username();
        String role = viewer == null ? "SYSTEM" : viewer.mainRole();
        events.save(new SubmissionEvent(item.getId(), clock.instant(), actor, role, action, from, item.getState(),
                detail, submitterVisible));
        audit.record("SUBMISSION_" + action, "Submission", item.getId(), AuditService.SUCCESS,
                from + " -> " + item.getState());
        // Every party's flag equals its item's state's openness (parties are created open, on
        // assignment); only a step between an open and a closed state changes it.
        if (from.openForDepartment() != item.getState().openForDepartment()) {
            parties.markOpen(item.getId(), item.getState().openForDepartment());
        }
    }

    public static boolean deadlineRunning(SubmissionState state) {
        return SubmissionState.DEADLINE_RUNNING.contains(state);
    }

    public static Set<SubmissionState> finishedStates() {
        return EnumSet.of(SubmissionState.REJECTED, SubmissionState.MERGED, SubmissionState.CLOSED);
    }
}
