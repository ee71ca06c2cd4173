package cn.ezhou.yshj.engagement;

/** Kinds of activity the plan names: 座谈会, 明察暗访, 培训, and anything else. */
public enum ActivityKind {
    MEETING, INSPECTION, TRAINING, OTHER
}
