package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.engagement.Attendance;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One person's place in an activity; a cancellation deletes it, attendance is recorded on it. */
@Entity
public class ActivitySignup extends AbstractEntity {

    private long activityId;
    private String username;
    private Instant signedUpAt;
    @Enumerated(EnumType.STRING)
    private Attendance attendance;
    private String attendanceBy;

    protected ActivitySignup() {
    }

    public ActivitySignup(long activityId, String username, Instant signedUpAt) {
        this.activityId = activityId;
        this.username = username;
        this.signedUpAt = signedUpAt;
    }

    public void record(Attendance value, String by) {
        attendance = value;
        attendanceBy = by;
    }

    public long getActivityId() { return activityId; }
    public String getUsername() { return username; }
    public Instant getSignedUpAt() { return signedUpAt; }
    public Attendance getAttendance() { return attendance; }
}
