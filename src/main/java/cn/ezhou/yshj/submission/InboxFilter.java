package cn.ezhou.yshj.submission;

/** Filters of an inbox; a null field does not filter. */
public record InboxFilter(SubmissionState state, SubmissionType type, String unitCode, boolean openOnly) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, false);
    }
}
