package cn.ezhou.yshj.consultation;

/**
 * For an observer or an association liaison: consultations open for their comments today, the days
 * left until the first of them closes (0 = closes today; null when none is open), and the policies
 * pushed to their association whose relay to the members is not yet confirmed (always 0 for an
 * observer).
 */
public record AudienceConsultationCounts(long open, Long daysLeftSoonest, long policiesToConfirm) {
}
