package cn.ezhou.yshj.consultation;

/**
 * Comments on the unit's own closed consultations that still need a reasoned answer (report not yet
 * out), how many of them are past the answer deadline, and the consultations being answered.
 */
public record DepartmentConsultationCounts(long commentsToAnswer, long commentsLate, long consultationsAnswering) {

    public static final DepartmentConsultationCounts NONE = new DepartmentConsultationCounts(0, 0, 0);
}
