package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.engagement.internal.Activity;
import cn.ezhou.yshj.engagement.internal.ActivityRepository;
import cn.ezhou.yshj.engagement.internal.ActivitySignup;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.engagement.internal.SignupRepository;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's attendance list: who signed up, and after the start who was present or absent.
 * Presence counts in the observer's duty record (履职档案) as an activity attended.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceDesk {

    private final ActivityRepository activities;
    private final SignupRepository signups;
    private final Participants participants;
    private final AuditService audit;
    private final Clock clock;

    AttendanceDesk(ActivityRepository activities, SignupRepository signups, Participants participants,
                   AuditService audit, Clock clock) {
        this.activities = activities;
        this.signups = signups;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public Page<SignupRecord> signups(long activityId, Pageable pageable) {
        activity(activityId);
        return signups.findByActivityIdOrderByIdAsc(activityId, pageable).map(s -> new SignupRecord(s.getId(),
                s.getVersion(), s.getUsername(), participants.displayName(s.getUsername()), s.getSignedUpAt(),
                s.getAttendance()));
    }

    /** Records present or absent for one signed-up person; only once the activity has started. */
    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public void record(long activityId, long signupId, long version, Attendance attendance) {
        Activity a = activity(activityId);
        if (attendance == null) {
            throw new Refusal("activity.error.attendanceRequired");
        }
        if (!a.started(clock.instant())) {
            throw new Refusal("activity.error.notStarted");
        }
        ActivitySignup s = signups.findById(signupId).filter(x -> x.getActivityId() == activityId)
                .orElseThrow(() -> new Refusal("activity.error.notSignedUp"));
        if (s.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ActivitySignup.class, signupId);
        }
        s.record(attendance, participants.current().username());
        audit.record("ACTIVITY_ATTENDANCE", "Activity", activityId, AuditService.SUCCESS, s.getUsername() + " " + attendance);
    }

    private Activity activity(long id) {
        return activities.findById(id).orElseThrow(() -> new Refusal("activity.error.notFound"));
    }
}
