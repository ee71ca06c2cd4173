package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.engagement.EngagementCounts;
import cn.ezhou.yshj.engagement.EngagementStatistics;
import cn.ezhou.yshj.observer.internal.Observer;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmitterCounts;
import cn.ezhou.yshj.submission.SubmitterStatistics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty record (履职档案) from the submissions and engagement sides: an observer's figures, the office's list of
 * observers short of the quarterly minimum, and the figures the annual evaluation starts from.
 * An observer's submissions are those of the account activated with the observer's invitation.
 */
@Service
@Transactional(readOnly = true)
public class DutyRecordService {

    private static final int BATCH = 200;

    private final ObserverService observerService;
    private final ObserverRepository observers;
    private final SubmitterStatistics statistics;
    private final EngagementStatistics engagement;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final SubmissionService submissions;
    private final Clock clock;
    private final int quarterlyMinimum;

    DutyRecordService(ObserverService observerService, ObserverRepository observers, SubmitterStatistics statistics,
                      EngagementStatistics engagement, AccountDirectory directory, CurrentUser currentUser,
                      SubmissionService submissions, Clock clock,
                      @Value("${portal.observers.quarterly-minimum:1}") int quarterlyMinimum) {
        this.submissions = submissions;
        this.observerService = observerService;
        this.observers = observers;
        this.statistics = statistics;
        this.engagement = engagement;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.quarterlyMinimum = quarterlyMinimum;
    }

    /** Suggestions an observer is expected to submit each quarter ({@code portal.observers.quarterly-minimum}). */
    public int quarterlyMinimum() {
        return quarterlyMinimum;
    }

    /** The logged-in observer's figures for the current term and quarter; empty before appointment. */
    @PreAuthorize("hasRole('OBSERVER')")
    public Optional<DutyRecord> mine() {
        String username = currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
        return observerService.mine().filter(o -> o.termStart() != null).map(o -> {
            Quarter quarter = Quarter.of(LocalDate.now(clock));
            Instant termFrom = Quarter.startOf(o.termStart());
            Instant termTo = Quarter.startOf(o.termEnd().plusDays(1));
            return new DutyRecord(statistics.counts(username, termFrom, termTo), quarter,
                    statistics.counts(username, quarter.from(), quarter.to()), quarterlyMinimum,
                    engagement.counts(username, termFrom, termTo), engagement.counts(username, quarter.from(), quarter.to()));
        });
    }

    /** The logged-in observer's quarter against the minimum, with the own items, in one statement. */
    @PreAuthorize("hasRole('OBSERVER')")
    public QuarterDuty thisQuarter() {
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        return new QuarterDuty(quarter, quarterlyMinimum, submissions.myCounts(quarter.from(), quarter.to()));
    }

    /** An observer's submission figures for a calendar year. */
    @PreAuthorize("hasRole('OFFICE')")
    public SubmitterCounts yearCounts(long observerId, int year) {
        return yearFigures(observerId, year).submissions();
    }

    /**
     * An observer's figures for a calendar year (submissions, activities, rounds, quarters met), where the
     * office grades the year; at most five counting queries.
     */
    @PreAuthorize("hasRole('OFFICE')")
    public YearFigures yearFigures(long observerId, int year) {
        Observer o = observers.findById(observerId).orElseThrow(() -> new Refusal("observer.error.unknown"));
        Instant from = Quarter.startOf(LocalDate.of(year, 1, 1));
        Instant to = Quarter.startOf(LocalDate.of(year + 1, 1, 1));
        String username = directory.usernameForInvitation(o.getInvitationCode()).orElse(null);
        SubmitterCounts submitted = username == null ? SubmitterCounts.NONE : statistics.counts(username, from, to);
        EngagementCounts engaged = username == null ? EngagementCounts.NONE : engagement.counts(username, from, to);
        int counted = 0;
        int met = 0;
        LocalDate today = LocalDate.now(clock);
        for (int q = 1; q <= 4 && o.getTermStart() != null; q++) {
            Quarter quarter = new Quarter(year, q);
            boolean inTerm = !o.getTermStart().isAfter(quarter.lastDay()) && !o.getTermEnd().isBefore(quarter.firstDay());
            if (!inTerm || quarter.firstDay().isAfter(today)) {
                continue;
            }
            boolean reached = username != null
                    && statistics.counts(username, quarter.from(), quarter.to()).submitted() >= quarterlyMinimum;
            if (reached || quarter.lastDay().isBefore(today)) {
                counted++;
                met += reached ? 1 : 0;
            }
        }
        return YearFigures.of(submitted, engaged, counted, met);
    }

    /** Serving observers below the minimum in the quarter, in appointment order. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<ObligationShortfall> belowMinimum(Quarter quarter) {
        List<ObligationShortfall> rows = new ArrayList<>();
        forEachShortfall(quarter, (o, username, submitted) -> rows.add(new ObligationShortfall(o.getId(), o.getName(),
                o.getCertificateNo(), username != null, submitted)));
        return rows;
    }

    /** What a shortfall is told to: the observer, the account (null without one) and the count. */
    interface ShortfallHandler {
        void handle(Observer observer, String username, long submitted);
    }

    /**
     * Walks the observers serving in the quarter in batches, counting each batch's submissions with one
     * grouped query. Serving = appointed now, with a term that began by the quarter's last day.
     */
    void forEachShortfall(Quarter quarter, ShortfallHandler handler) {
        Pageable page = PageRequest.of(0, BATCH);
        Slice<Observer> slice;
        do {
            slice = observers.findByStateAndTermStartLessThanEqualOrderByIdAsc(ObserverState.APPOINTED,
                    quarter.lastDay(), page);
            List<Observer> batch = slice.getContent();
            Map<String, String> accounts = directory.usernamesForInvitations(
                    batch.stream().map(Observer::getInvitationCode).filter(c -> c != null).toList());
            Map<String, Long> counts = statistics.submittedBy(accounts.values(), quarter.from(), quarter.to());
            for (Observer o : batch) {
                String username = o.getInvitationCode() == null ? null : accounts.get(o.getInvitationCode());
                long submitted = username == null ? 0 : counts.getOrDefault(username, 0L);
                if (submitted < quarterlyMinimum) {
                    handler.handle(o, username, submitted);
                }
            }
            page = slice.nextPageable();
        } while (slice.hasNext());
    }
}
