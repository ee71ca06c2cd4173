package cn.ezhou.yshj.submission;

/** The submitter's verdict on an answer: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
