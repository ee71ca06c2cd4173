package cn.ezhou.yshj.engagement;

/**
 * An activity opened: its description, audience, and what the viewer may do now — sign up (addressed,
 * before the deadline, a place left), cancel (signed up, before the deadline), take attendance (office, started).
 */
public record ActivityDetail(ActivitySummary summary, String description, boolean toObservers, boolean toAssociations,
                             boolean maySignUp, boolean mayCancel, boolean mayTakeAttendance, Attendance myAttendance) {
}
