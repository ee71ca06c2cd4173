package cn.ezhou.yshj.submission;

/** The capacity in which someone acts on an item. One user may act in several. */
public enum Party {
    SUBMITTER, OFFICE, LEAD, CO
}
