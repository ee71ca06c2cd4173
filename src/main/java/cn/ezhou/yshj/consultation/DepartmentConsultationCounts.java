package cn.ezhou.yshj.consultation;

/**
 * The unit's own consultations being answered (closed, feedback report not yet out: the list of
 * its consultations in that phase), the comments on them that still need a reasoned answer, and how
 * many of those are past the answer deadline.
 */
public record DepartmentConsultationCounts(long consultationsAnswering, long commentsToAnswer, long commentsLate) {

    public static final DepartmentConsultationCounts NONE = new DepartmentConsultationCounts(0, 0, 0);
}
