package cn.ezhou.yshj.consultation;

/**
 * Closed consultations whose comments are not all answered (report not yet out), and how many of
 * them are past their answer deadline: the office's list of consultations waiting for answers, in full
 * and narrowed to the late ones.
 */
public record OfficeConsultationCounts(long waitingForAnswers, long answersLate) {
}
