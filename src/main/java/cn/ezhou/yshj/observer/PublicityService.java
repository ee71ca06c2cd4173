package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.PublicFormLimit;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.observer.internal.CertificateCounter;
import cn.ezhou.yshj.observer.internal.CertificateCounterRepository;
import cn.ezhou.yshj.observer.internal.Objection;
import cn.ezhou.yshj.observer.internal.ObjectionRepository;
import cn.ezhou.yshj.observer.internal.Observer;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.observer.internal.PublicityBatch;
import cn.ezhou.yshj.observer.internal.PublicityBatchRepository;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InviteCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Publicity (公示) of approved candidates, objections (异议) and appointment (聘任). A candidate is
 * appointed only after the publicity period has ended and with no objection left open.
 */
@Service
@Validated
@Transactional
public class PublicityService {

    private final ObserverService lifecycle;
    private final ObserverRepository observers;
    private final PublicityBatchRepository batches;
    private final ObjectionRepository objections;
    private final CertificateCounterRepository counters;
    private final WorkCalendarService calendar;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int publicityWorkingDays;
    private final PublicFormLimit publicForms;
    static final String OBJECTION_FORM = "observer-objection";

    PublicityService(ObserverService lifecycle, ObserverRepository observers, PublicityBatchRepository batches,
                     ObjectionRepository objections, CertificateCounterRepository counters,
                     WorkCalendarService calendar, AccountService accounts, CurrentUser currentUser, Clock clock,
                     @Value("${portal.observer.publicity-working-days:5}") int publicityWorkingDays,
                     PublicFormLimit publicForms) {
        this.publicForms = publicForms;
        this.lifecycle = lifecycle;
        this.observers = observers;
        this.batches = batches;
        this.objections = objections;
        this.counters = counters;
        this.calendar = calendar;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicityWorkingDays = publicityWorkingDays;
    }

    /** The last day of a publicity period of N working days starting on {@code start}. */
    public LocalDate publicityEnd(LocalDate start) {
        return calendar.isWorkingDay(start)
                ? calendar.plusWorkingDays(start, publicityWorkingDays - 1)
                : calendar.plusWorkingDays(start, publicityWorkingDays);
    }

    /** Opens a publicity period for approved candidates; returns its last day. */
    @PreAuthorize("hasRole('OFFICE')")
    public LocalDate openPublicity(List<Long> observerIds, LocalDate startsOn) {
        if (observerIds.isEmpty()) {
            throw new Refusal("observer.error.noneSelected");
        }
        if (startsOn.isBefore(LocalDate.now(clock))) {
            throw new Refusal("observer.error.startInPast");
        }
        PublicityBatch batch = batches.save(new PublicityBatch(startsOn, publicityEnd(startsOn),
                currentUser.username().orElse("?")));
        for (long id : observerIds) {
            Observer o = lifecycle.load(id);
            ObserverState from = o.getState();
            o.enterPublicity(batch.getId());
            lifecycle.record(o, "PUBLICITY", from, ObserverState.IN_PUBLICITY, batch.getStartsOn() + "–" + batch.getEndsOn());
        }
        return batch.getEndsOn();
    }

    /** Candidates whose publicity period is running today, for the public page. */
    @Transactional(readOnly = true)
    public List<PublicCandidate> underPublicity() {
        LocalDate today = LocalDate.now(clock);
        return observers.findByStateOrderByIdAsc(ObserverState.IN_PUBLICITY).stream()
                .map(o -> new Object[] {o, batches.findById(o.getPublicityBatchId()).orElseThrow()})
                .filter(pair -> ((PublicityBatch) pair[1]).isRunning(today))
                .map(pair -> {
                    Observer o = (Observer) pair[0];
                    ObserverSummary s = o.toSummary();
                    return new PublicCandidate(o.getId(), o.getName(), o.getGender(), o.getCategory(), o.getEmployer(),
                            s.maskedIdNumber(), s.maskedMobile(), ((PublicityBatch) pair[1]).getEndsOn());
                })
                .toList();
    }

    /** Anyone may object to a candidate while the candidate's publicity period runs; so many per client address and hour. */
    public void lodgeObjection(@Valid ObjectionCommand command) {
        publicForms.take(OBJECTION_FORM);
        Observer o = lifecycle.load(command.observerId());
        boolean running = o.getState() == ObserverState.IN_PUBLICITY
                && batches.findById(o.getPublicityBatchId()).map(b -> b.isRunning(LocalDate.now(clock))).orElse(false);
        if (!running) {
            throw new Refusal("observer.error.notInPublicity");
        }
        objections.save(new Objection(o.getId(), UserText.strip(command.name()), UserText.strip(command.contact()),
                UserText.strip(command.reason()), clock.instant()));
        lifecycle.record(o, "OBJECTION", ObserverState.IN_PUBLICITY, ObserverState.IN_PUBLICITY, command.reason());
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional(readOnly = true)
    public List<ObjectionRecord> objections(long observerId) {
        return objections.findByObserverIdOrderByIdAsc(observerId).stream().map(Objection::toRecord).toList();
    }

    /** Upholding an objection rejects the candidate; dismissing it lets the appointment go ahead. */
    @PreAuthorize("hasRole('OFFICE')")
    public ObjectionRecord resolveObjection(long objectionId, boolean uphold, String reason) {
        Objection objection = objections.findById(objectionId).orElseThrow(() -> new Refusal("observer.error.unknown"));
        String text = ObserverService.required(reason);
        objection.resolve(uphold, text, currentUser.username().orElse("?"));
        Observer o = lifecycle.load(objection.getObserverId());
        if (uphold) {
            ObserverState from = o.moveTo(ObserverState.OBJECTION_UPHELD, text);
            lifecycle.record(o, "OBJECTION_UPHELD", from, ObserverState.OBJECTION_UPHELD, text);
        } else {
            lifecycle.record(o, "OBJECTION_DISMISSED", o.getState(), o.getState(), text);
        }
        return objection.toRecord();
    }

    /**
     * Appoints candidates whose publicity has ended with no open objection: certificate numbers
     * {@code EZ-GCY-<year>-<seq>} (never reused) and an invitation to activate an account.
     */
    @PreAuthorize("hasRole('OFFICE')")
    public List<ObserverSummary> appoint(List<Long> observerIds, LocalDate termStart, LocalDate termEnd) {
        if (!termEnd.isAfter(termStart)) {
            throw new Refusal("observer.error.termEndBeforeStart");
        }
        LocalDate today = LocalDate.now(clock);
        List<Observer> candidates = observerIds.stream().map(lifecycle::load).toList();
        for (Observer o : candidates) {
            if (o.getState() != ObserverState.IN_PUBLICITY) {
                throw new Refusal("observer.error.transition", o.getState().name(), ObserverState.APPOINTED.name());
            }
            PublicityBatch batch = batches.findById(o.getPublicityBatchId()).orElseThrow();
            if (!today.isAfter(batch.getEndsOn())) {
                throw new Refusal("observer.error.publicityRunning", o.getName(), batch.getEndsOn());
            }
            if (objections.countByObserverIdAndState(o.getId(), "OPEN") > 0) {
                throw new Refusal("observer.error.objectionOpen", o.getName());
            }
        }
        CertificateCounter counter = counters.lockYear(termStart.getYear())
                .orElseGet(() -> counters.saveAndFlush(new CertificateCounter(termStart.getYear())));
        return candidates.stream().map(o -> {
            ObserverState from = o.getState();
            o.appoint(counter.next(), termStart, termEnd);
            o.setInvitationCode(accounts.inviteObserverOrLiaison(new InviteCommand(o.getName(), o.getEmail(),
                    Set.of(AppRoles.OBSERVER), null)).code());
            lifecycle.record(o, "APPOINT", from, ObserverState.APPOINTED, o.getCertificateNo());
            return o.toSummary();
        }).toList();
    }
}
