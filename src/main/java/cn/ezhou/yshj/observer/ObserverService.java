package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.IdNumber;
import cn.ezhou.yshj.base.MobileNumber;
import cn.ezhou.yshj.base.PublicFormLimit;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.security.AccessWithdrawn;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.internal.LetterDocument;
import cn.ezhou.yshj.observer.internal.Observer;
import cn.ezhou.yshj.observer.internal.ObserverEvent;
import cn.ezhou.yshj.observer.internal.ObserverEventRepository;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Applications, nominations, review and the serving observer's lifecycle. Publicity, objections
 * and appointment are in {@link PublicityService}. Every change is on the observer's history and audited.
 */
@Service
@Validated
@Transactional
public class ObserverService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final ObserverRepository observers;
    private final ObserverEventRepository events;
    private final DirectoryService directory;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;
    private final cn.ezhou.yshj.attachment.AttachmentService attachments;
    public static final String ATTACHMENT_OWNER = "observer";
    public static final int MAX_ATTACHMENTS = 1;
    static final String APPLY_FORM = "observer-application";
    private final PublicFormLimit publicForms;
    /** A reason is kept on the observer and in its history. */
    @Stored({"observer.state_reason", "observer_event.reason"})
    public static final int MAX_REASON = 500;

    /** The states in which an observer no longer acts as one: their open sessions end. */
    private static final Set<ObserverState> ENDS_SERVICE =
            EnumSet.of(ObserverState.SUSPENDED, ObserverState.EXPIRED, ObserverState.DISMISSED);

    private final AccountDirectory accountDirectory;
    private final ApplicationEventPublisher publisher;

    ObserverService(ObserverRepository observers, ObserverEventRepository events, DirectoryService directory,
                    AuditService audit, CurrentUser currentUser, AccountService accounts, Clock clock,
                    cn.ezhou.yshj.attachment.AttachmentService attachments, PublicFormLimit publicForms,
                    AccountDirectory accountDirectory, ApplicationEventPublisher publisher) {
        this.accountDirectory = accountDirectory;
        this.publisher = publisher;
        this.attachments = attachments;
        this.publicForms = publicForms;
        this.accounts = accounts;
        this.observers = observers;
        this.events = events;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A visitor applies; the returned reference number lets the applicant follow the application.
     * The answer is the same whether or not the ID number is already applying or serving (decision
     * 0017); so many applications per client address and hour (see {@link PublicFormLimit}).
     */
    public String apply(@Valid ObserverApplication application) {
        publicForms.take(APPLY_FORM);
        return register(application, false).getReferenceNo();
    }

    /** An application with files uploaded on the same form (e.g. a recommendation letter). */
    public String apply(@Valid ObserverApplication application, String formKey, List<Long> attachmentIds) {
        publicForms.take(APPLY_FORM);
        Observer o = register(application, false);
        if (!attachmentIds.isEmpty()) {
            attachments.bind(formKey, attachmentIds, ATTACHMENT_OWNER, o.getId(), MAX_ATTACHMENTS);
        }
        return o.getReferenceNo();
    }

    /** The files an applicant sent with the application; for the office only. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<cn.ezhou.yshj.attachment.AttachmentRecord> applicationFiles(long id) {
        return attachments.of(ATTACHMENT_OWNER, id);
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public byte[] applicationFile(long id, long attachmentId) {
        audit.record("OBSERVER_FILE_READ", "Observer", id, AuditService.SUCCESS, String.valueOf(attachmentId));
        return attachments.read(ATTACHMENT_OWNER, id, attachmentId);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary nominate(@Valid ObserverApplication application) {
        return register(application, true).toSummary();
    }

    /** The state of an application, for the applicant who holds the reference number. */
    @Transactional(readOnly = true)
    public Optional<ApplicationStatus> status(String referenceNo) {
        return observers.findByReferenceNo(referenceNo == null ? "" : referenceNo.strip().toUpperCase(Locale.ROOT))
                .map(o -> new ApplicationStatus(o.getReferenceNo(), o.getName().charAt(0) + "**", o.getState(),
                        o.getState() == ObserverState.REJECTED ? o.getStateReason() : null, null));
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary startReview(long id) {
        return change(id, ObserverState.UNDER_REVIEW, "REVIEW", null);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary approve(long id) {
        Observer o = load(id);
        if (activeReferences(o.getIdNumber()).stream().anyMatch(ref -> !ref.equals(o.getReferenceNo()))) {
            // A second application by the same person: the office rejects one of them first.
            throw new Refusal("observer.error.duplicate");
        }
        return change(id, ObserverState.APPROVED, "APPROVE", null);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary reject(long id, String reason) {
        return change(id, ObserverState.REJECTED, "REJECT", required(reason));
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary suspend(long id, String reason) {
        Observer o = load(id);
        if (o.getState() != ObserverState.APPOINTED) {
            throw new Refusal("observer.error.transition", o.getState().name(), ObserverState.SUSPENDED.name());
        }
        return change(id, ObserverState.SUSPENDED, "SUSPEND", required(reason));
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary reinstate(long id, String reason) {
        Observer o = load(id);
        if (o.getState() != ObserverState.SUSPENDED) {
            throw new Refusal("observer.error.transition", o.getState().name(), ObserverState.APPOINTED.name());
        }
        return change(id, ObserverState.APPOINTED, "REINSTATE", optional(reason));
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary dismiss(long id, String reason) {
        return change(id, ObserverState.DISMISSED, "DISMISS", required(reason));
    }

    /**
     * 续聘: the next term, decided now, runs from the day after the current one ends to {@code newTermEnd};
     * the certificate number stays. Until the current term ends it is shown as a renewal waiting.
     */
    @PreAuthorize("hasRole('OFFICE')")
    public ObserverSummary renew(long id, LocalDate newTermEnd) {
        if (newTermEnd == null) {
            throw new Refusal("observer.error.termEndRequired");
        }
        Observer o = load(id);
        o.renew(newTermEnd, LocalDate.now(clock));
        record(o, "RENEW", ObserverState.APPOINTED, ObserverState.APPOINTED, "→ " + newTermEnd);
        return o.toSummary();
    }

    /**
     * Starts the renewed terms whose former term is over, then ends the terms that are over; run daily
     * by {@link ObserverJobs}. Returns how many expired.
     */
    public int expireDue() {
        LocalDate today = LocalDate.now(clock);
        for (Observer o : observers.renewalsDue(today)) {
            if (o.startRenewedTerm(today)) {
                record(o, "RENEWED_TERM", o.getState(), o.getState(), o.getTermStart() + " – " + o.getTermEnd());
            }
        }
        List<Observer> due = observers.findByStateInAndTermEndBefore(
                EnumSet.of(ObserverState.APPOINTED, ObserverState.SUSPENDED), today);
        for (Observer o : due) {
            ObserverState from = o.moveTo(ObserverState.EXPIRED, null);
            record(o, "EXPIRE", from, ObserverState.EXPIRED, null);
        }
        return due.size();
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public Page<ObserverSummary> roster(RosterFilter filter, Pageable pageable) {
        String name = filter.name() == null || filter.name().isBlank() ? null : "%" + filter.name().strip() + "%";
        return observers.search(filter.state(), filter.category(), filter.level(), filter.districtCode(),
                filter.termEndBefore(), name, pageable).map(Observer::toSummary);
    }

    /** Not read-only: looking at the full ID and mobile numbers is itself audited. */
    @PreAuthorize("hasRole('OFFICE')")
    public OfficeObserverDetail detail(long id) {
        Observer o = load(id);
        audit.record("OBSERVER_VIEW_DETAIL", "Observer", id, AuditService.SUCCESS, null);
        return new OfficeObserverDetail(o.toSummary(), o.getIdNumber(), o.getMobile(), null, o.getStateReason());
    }

    /** The observer record of the logged-in observer, found through the invitation the account came from. */
    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional(readOnly = true)
    public Optional<ObserverSummary> mine() {
        return accounts.currentInvitationCode().flatMap(observers::findByInvitationCode).map(Observer::toSummary);
    }

    /** The logged-in observer's own appointment letter. */
    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional(readOnly = true)
    public AppointmentLetter myLetter() {
        return mine().map(o -> writeLetter(load(o.id()))).orElseThrow(() -> new Refusal("observer.error.notAppointed"));
    }

    /** The appointment letter of an appointed (or formerly appointed) observer. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public AppointmentLetter letter(long id) {
        return writeLetter(load(id));
    }

    private AppointmentLetter writeLetter(Observer o) {
        if (o.getCertificateNo() == null) {
            throw new Refusal("observer.error.notAppointed");
        }
        ObserverSummary s = o.toSummary();
        byte[] docx = LetterDocument.write(o.getName(), o.getCertificateNo(), s.termStart(), s.termEnd(), LocalDate.now(clock));
        return new AppointmentLetter("聘书-" + o.getCertificateNo() + ".docx", docx);
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<ObserverHistoryEntry> history(long id) {
        return events.findByObserverIdOrderByIdAsc(id).stream().map(ObserverEvent::toEntry).toList();
    }

    /** Whether someone with this ID number is applying or serving. */
    @Transactional(readOnly = true)
    boolean isInCorps(String idNumber) {
        return !activeReferences(idNumber).isEmpty();
    }

    private List<String> activeReferences(String idNumber) {
        return observers.findByIdNumberAndStateIn(idNumber, EnumSet.allOf(ObserverState.class)).stream()
                .filter(o -> o.getState().isActive()).map(Observer::getReferenceNo).toList();
    }

    private Observer register(ObserverApplication a, boolean nominated) {
        IdNumber id = IdNumber.of(a.idNumber());
        if (!id.bornBy(LocalDate.now(clock))) {
            throw new Refusal("validation.idNumber");
        }
        MobileNumber mobile = MobileNumber.of(a.mobile());
        if (directory.items(ReferenceList.OBSERVER_CATEGORY).stream().noneMatch(c -> c.code().equals(a.category()))) {
            throw new Refusal("observer.error.category");
        }
        if (a.level() == ObserverLevel.DISTRICT && (a.districtCode() == null || directory.orgUnit(a.districtCode()).isEmpty())) {
            throw new Refusal("observer.error.district");
        }
        List<String> known = activeReferences(id.value());
        if (!known.isEmpty() && nominated) {
            throw new Refusal("observer.error.duplicate");
        }
        Observer o = observers.save(new Observer(newReference(), a, id, mobile, nominated, clock.instant()));
        if (known.isEmpty()) {
            record(o, nominated ? "NOMINATE" : "APPLY", null, ObserverState.APPLIED, null);
        } else {
            // A visitor is not told that the ID number is known (that would tell a stranger who is in
            // the corps): the application is taken like any other and marked for the office.
            record(o, "APPLY_DUPLICATE", null, ObserverState.APPLIED, String.join(", ", known));
        }
        return o;
    }

    private ObserverSummary change(long id, ObserverState to, String action, String reason) {
        Observer o = load(id);
        ObserverState from = o.moveTo(to, reason);
        record(o, action, from, to, reason);
        return o.toSummary();
    }

    Observer load(long id) {
        return observers.findById(id).orElseThrow(() -> new Refusal("observer.error.unknown"));
    }

    void record(Observer o, String action, ObserverState from, ObserverState to, String reason) {
        if (ENDS_SERVICE.contains(to)) {
            accountDirectory.usernameForInvitation(o.getInvitationCode())
                    .ifPresent(username -> publisher.publishEvent(new AccessWithdrawn(username)));
        }
        String actor = currentUser.username().orElse(currentUser.isLoggedIn() ? "?" : "public");
        events.save(new ObserverEvent(o.getId(), clock.instant(), actor, action, from, to, reason));
        audit.record("OBSERVER_" + action, "Observer", o.getId(), AuditService.SUCCESS,
                (from == null ? "" : from + "→") + to + (reason == null ? "" : " " + reason));
    }

    static String required(String reason) {
        if (UserText.isBlank(reason)) {
            throw new Refusal("observer.error.reasonRequired");
        }
        return optional(reason);
    }

    static String optional(String reason) {
        String text = UserText.orNull(reason);
        if (text != null && text.length() > MAX_REASON) {
            throw new Refusal("observer.error.reasonLength", MAX_REASON);
        }
        return text;
    }

    private String newReference() {
        StringBuilder sb = new StringBuilder("GCY-").append(LocalDate.now(clock).getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return sb.toString();
    }
}
