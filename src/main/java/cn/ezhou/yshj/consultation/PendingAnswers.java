package cn.ezhou.yshj.consultation;

/**
 * Consultations whose window has closed with comments still unanswered (report not yet published),
 * and how many of them are already past their answer deadline.
 */
public record PendingAnswers(long consultations, long overdue) {
}
