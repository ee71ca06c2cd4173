package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.submission.internal.Mentions;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.StoredNote;
import cn.ezhou.yshj.submission.internal.StoredNoteRepository;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on an item: read and written by the office and the departments handling it (the
 * lead and the co-departments), never by the submitter, another department or the administrator.
 * A note may mention colleagues who may read the item; each is told with a notice. Notes are
 * permanent: the item's record keeps them as written.
 */
@Service
@PreAuthorize("hasAnyRole('OFFICE','DEPARTMENT')")
@Transactional(readOnly = true)
public class ItemNotes {

    @Stored("item_note.body")
    public static final int MAX_TEXT = 1000;

    private static final Set<Party> READERS = EnumSet.of(Party.OFFICE, Party.LEAD, Party.CO);

    private final StoredNoteRepository notes;
    private final Workflow workflow;
    private final AccountDirectory accounts;
    private final Notifier notifier;
    private final AuditService audit;
    private final Clock clock;

    ItemNotes(StoredNoteRepository notes, Workflow workflow, AccountDirectory accounts, Notifier notifier,
              AuditService audit, Clock clock) {
        this.notes = notes;
        this.workflow = workflow;
        this.accounts = accounts;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether someone standing on an item in these capacities reads its notes (for a page deciding what to show). */
    public static boolean readBy(Set<Party> standing) {
        return standing.stream().anyMatch(READERS::contains);
    }

    /** The item's notes, oldest first. */
    public List<ItemNote> notes(long id) {
        readable(id, "SUBMISSION_NOTE_READ");
        return notes.notesOf(id).stream().map(StoredNote::toRecord).toList();
    }

    /** The colleagues who may read the item and so may be mentioned, the writer left out, by unit and name. */
    public List<Mentionable> mentionable(long id) {
        Submission item = readable(id, "SUBMISSION_NOTE_READ");
        String me = workflow.username();
        return eligible(item).stream().filter(m -> !m.username().equals(me)).toList();
    }

    /** Adds a note (trimmed; required, at most {@link #MAX_TEXT} characters) and tells the colleagues it mentions. */
    @Transactional
    public ItemNote add(long id, String text) {
        Submission item = readable(id, "SUBMISSION_NOTE");
        String body = UserText.strip(text);
        if (body.isEmpty()) {
            throw new Refusal("submission.note.error.empty");
        }
        if (body.length() > MAX_TEXT) {
            throw new Refusal("submission.note.error.tooLong", MAX_TEXT);
        }
        Mentions.Found found = Mentions.in(body, eligible(item));
        if (!found.unknown().isEmpty()) {
            throw new Refusal("submission.note.error.notMentionable", String.join("、", found.unknown()));
        }
        if (!found.ambiguous().isEmpty()) {
            throw new Refusal("submission.note.error.ambiguous", String.join("、", found.ambiguous()));
        }
        String me = workflow.username();
        AccountContact author = accounts.contact(me).orElseThrow(() -> new Refusal("error.accessDenied"));
        StoredNote note = notes.saveAndFlush(new StoredNote(id, body, me, author.displayName(), author.orgUnitCode(),
                clock.instant(), found.mentioned()));
        Set<String> told = new LinkedHashSet<>(found.mentioned().keySet());
        told.remove(me);
        notifier.people(told, item, "notice.submission.noteMention", author.displayName());
        audit.record("SUBMISSION_NOTE", "Submission", id, AuditService.SUCCESS,
                "note " + note.getId() + (told.isEmpty() ? "" : ", mentions " + String.join(",", told)));
        return note.toRecord();
    }

    /** The item if the user reads its notes; otherwise refused, and the attempt recorded. */
    private Submission readable(long id, String action) {
        Workflow.Access access = workflow.access(id);
        if (!readBy(access.standing()) || access.item().getState() == SubmissionState.DRAFT) {
            audit.recordRefused(action, "Submission", id, "party " + access.standing());
            throw new Refusal("error.accessDenied");
        }
        return access.item();
    }

    /** The office's accounts and the departments' accounts of the item's lead and co-units. */
    private List<Mentionable> eligible(Submission item) {
        Set<String> usernames = new LinkedHashSet<>(accounts.usernamesWithRole(AppRoles.OFFICE));
        Set<String> units = new LinkedHashSet<>();
        if (item.getLeadUnit() != null) {
            units.add(item.getLeadUnit());
        }
        units.addAll(workflow.coUnits(item.getId()));
        for (String unit : units) {
            usernames.addAll(accounts.usernamesInUnit(unit, AppRoles.DEPARTMENT));
        }
        List<AccountContact> contacts = new ArrayList<>();
        usernames.forEach(u -> accounts.contact(u).ifPresent(contacts::add));
        Map<String, Long> sharing = contacts.stream()
                .collect(Collectors.groupingBy(c -> String.valueOf(c.displayName()), Collectors.counting()));
        Function<AccountContact, String> handle = c -> c.displayName() == null || c.displayName().isBlank()
                || sharing.get(c.displayName()) > 1 ? c.username() : c.displayName();
        return contacts.stream()
                .map(c -> new Mentionable(c.username(), c.displayName(), c.orgUnitCode(), handle.apply(c)))
                .sorted(Comparator.comparing((Mentionable m) -> String.valueOf(m.unitCode())).thenComparing(Mentionable::handle))
                .toList();
    }
}
