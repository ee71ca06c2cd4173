package cn.ezhou.yshj.submission;

/**
 * What one submitter did in a period, for the duty record (履职档案). See {@link SubmitterStatistics}
 * for the exact meaning of each figure.
 */
public record SubmitterCounts(long submitted, long accepted, long adopted, long rated) {

    public static final SubmitterCounts NONE = new SubmitterCounts(0, 0, 0, 0);
}
