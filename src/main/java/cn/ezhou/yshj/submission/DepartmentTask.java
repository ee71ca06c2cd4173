package cn.ezhou.yshj.submission;

/** A department's to-do lists: items to sign (签收), to answer as lead, and to give co-department input on. */
public enum DepartmentTask {
    SIGN, ANSWER, INPUT
}
