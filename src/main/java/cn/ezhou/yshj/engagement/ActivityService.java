package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.engagement.internal.Activity;
import cn.ezhou.yshj.engagement.internal.ActivityRepository;
import cn.ezhou.yshj.engagement.internal.ActivitySignup;
import cn.ezhou.yshj.engagement.internal.EngagementNotifier;
import cn.ezhou.yshj.engagement.internal.OpeningEntry;
import cn.ezhou.yshj.engagement.internal.OpeningLog;
import cn.ezhou.yshj.engagement.internal.Participant;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.SignupRepository;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Activities: the office announces them to observers and/or associations; the people addressed sign up
 * and cancel until the deadline, never beyond the capacity. Attendance is taken by {@link AttendanceDesk}.
 * An activity marked confidential (保密) names no title in its notice, and every reading of its detail by a
 * recipient is recorded for the office.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ActivityService {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final ActivityRepository activities;
    private final SignupRepository signups;
    private final Participants participants;
    private final EngagementNotifier notifier;
    private final AuditService audit;
    private final ObserverRights rights;
    private final OpeningLog openings;
    private final Clock clock;

    ActivityService(ActivityRepository activities, SignupRepository signups, Participants participants,
                    EngagementNotifier notifier, AuditService audit, ObserverRights rights, OpeningLog openings,
                    Clock clock) {
        this.openings = openings;
        this.rights = rights;
        this.activities = activities;
        this.signups = signups;
        this.participants = participants;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /** Announces an activity; the people addressed are told. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public long create(@Valid CreateActivity command) {
        Instant now = clock.instant();
        Instant startsAt = command.startsAt().atZone(CITY_ZONE).toInstant();
        Instant deadline = command.signupDeadline().atZone(CITY_ZONE).toInstant();
        if (!startsAt.isAfter(now)) {
            throw new Refusal("activity.error.startsInPast");
        }
        if (!deadline.isAfter(now) || deadline.isAfter(startsAt)) {
            throw new Refusal("activity.error.deadlineRange");
        }
        if (!command.toObservers() && !command.toAssociations()) {
            throw new Refusal("activity.error.audienceRequired");
        }
        Activity a = activities.saveAndFlush(new Activity(command.kind(), UserText.strip(command.title()),
                UserText.strip(command.description()), startsAt, UserText.strip(command.place()), command.capacity(), deadline,
                command.toObservers(), command.toAssociations(), participants.current().username(), now,
                command.confidential()));
        String day = command.startsAt().toLocalDate().toString();
        notifier.send(participants.audience(a.isToObservers(), a.isToAssociations()).keySet(),
                a.isConfidential() ? "notice.activity.created.confidential" : "notice.activity.created",
                a.isConfidential() ? List.of(day) : List.of(a.getTitle(), day), "activities/" + a.getId());
        audit.record("ACTIVITY_CREATE", "Activity", a.getId(), AuditService.SUCCESS, a.getTitle());
        return a.getId();
    }

    /** The office sees all activities; observers and associations those addressed to them. Latest first. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    public Page<ActivitySummary> list(Pageable pageable) {
        Participant p = participants.current();
        Page<Activity> page = p.office() ? activities.findAllByOrderByStartsAtDescIdDesc(pageable)
                : activities.addressedTo(p.observer(), p.association().isPresent(), pageable);
        List<Long> ids = page.map(Activity::getId).getContent();
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            signups.counts(ids).forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        Set<Long> mine = ids.isEmpty() ? Set.of() : signups.findByUsernameAndActivityIdIn(p.username(), ids).stream()
                .map(ActivitySignup::getActivityId).collect(Collectors.toSet());
        return page.map(a -> a.toSummary(counts.getOrDefault(a.getId(), 0L), mine.contains(a.getId())));
    }

    /** The activities the caller may still sign up for (addressed, open, a place left, not signed up), soonest first. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public Page<ActivitySummary> openForSignup(Pageable pageable) {
        Participant p = participants.current();
        Page<Activity> page = activities.openFor(p.username(), p.observer(), p.association().isPresent(),
                clock.instant(), pageable);
        List<Long> ids = page.map(Activity::getId).getContent();
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            signups.counts(ids).forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        }
        return page.map(a -> a.toSummary(counts.getOrDefault(a.getId(), 0L), false));
    }

    /** An activity's detail; each reading of a confidential one by a recipient is recorded. */
    @PreAuthorize("hasAnyRole('OFFICE','OBSERVER','ASSOCIATION')")
    @Transactional
    public ActivityDetail detail(long id) {
        Participant p = participants.current();
        Activity a = reachable(activities.findById(id), p);
        openings.opened(OpeningEntry.ACTIVITY, id, a.isConfidential(), p);
        Instant now = clock.instant();
        ActivitySignup mine = signups.findByActivityIdAndUsername(id, p.username()).orElse(null);
        long taken = signups.countByActivityId(id);
        boolean open = a.signupOpen(now);
        return new ActivityDetail(a.toSummary(taken, mine != null), a.getDescription(), a.isToObservers(),
                a.isToAssociations(), open && mine == null && taken < a.getCapacity() && addressed(a, p) && rights.refusalKey().isEmpty(),
                open && mine != null, p.office() && a.started(now), mine == null ? null : mine.getAttendance());
    }

    /** Who read an activity's detail and when (only a confidential one's readings are recorded), latest first. */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<ConfidentialOpening> openings(long id, Pageable pageable) {
        activities.findById(id).orElseThrow(() -> new Refusal("activity.error.notFound"));
        return openings.of(OpeningEntry.ACTIVITY, id, pageable);
    }

    /** Takes a place; refused when full, after the deadline, or when already signed up. Concurrency-safe. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public void signUp(long id) {
        // The lock comes first: on MariaDB a plain read before it would fix the transaction's view,
        // and the count below would miss a place taken while this one waited for the lock.
        Optional<Activity> locked = activities.lockById(id);
        rights.requireServing();
        Participant p = participants.current();
        Activity a = reachable(locked, p);
        if (!addressed(a, p)) {
            throw new Refusal("activity.error.notFound");
        }
        if (!a.signupOpen(clock.instant())) {
            throw new Refusal("activity.error.deadlinePassed");
        }
        if (signups.findByActivityIdAndUsername(id, p.username()).isPresent()) {
            throw new Refusal("activity.error.alreadySignedUp");
        }
        if (signups.countByActivityId(id) >= a.getCapacity()) {
            audit.recordRefused("ACTIVITY_SIGNUP", "Activity", id, "full");
            throw new Refusal("activity.error.full", a.getCapacity());
        }
        signups.saveAndFlush(new ActivitySignup(id, p.username(), clock.instant()));
        audit.record("ACTIVITY_SIGNUP", "Activity", id, AuditService.SUCCESS, null);
    }

    /** Gives the place back; only before the deadline. */
    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    @Transactional
    public void cancel(long id) {
        Participant p = participants.current();
        Activity a = reachable(activities.lockById(id), p);
        ActivitySignup mine = signups.findByActivityIdAndUsername(id, p.username())
                .orElseThrow(() -> new Refusal("activity.error.notSignedUp"));
        if (!a.signupOpen(clock.instant())) {
            throw new Refusal("activity.error.cancelAfterDeadline");
        }
        signups.delete(mine);
        audit.record("ACTIVITY_CANCEL", "Activity", id, AuditService.SUCCESS, null);
    }

    private static boolean addressed(Activity a, Participant p) {
        return p.addressedBy(a.isToObservers(), a.isToAssociations());
    }

    /** The office reaches every activity, others the ones addressed to them; anything else reads as not found. */
    private static Activity reachable(java.util.Optional<Activity> found, Participant p) {
        return found.filter(a -> p.office() || addressed(a, p)).orElseThrow(() -> new Refusal("activity.error.notFound"));
    }
}
