package cn.ezhou.yshj.submission;

/** What a submission is; each type has its own default deadline (a deadline rule of the same code). */
public enum SubmissionType {
    SUGGESTION, COMPLAINT, LEAD
}
