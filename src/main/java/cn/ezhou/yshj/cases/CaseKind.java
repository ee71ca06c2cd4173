package cn.ezhou.yshj.cases;

/** A case shown as an example to follow (正面) or a warning (反面). */
public enum CaseKind {
    POSITIVE, NEGATIVE
}
