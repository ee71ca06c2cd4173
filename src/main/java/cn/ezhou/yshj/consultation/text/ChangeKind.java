package cn.ezhou.yshj.consultation.text;

/** How an article of the issued text relates to the draft that was put out for comment. */
public enum ChangeKind {
    UNCHANGED, CHANGED, ADDED, REMOVED
}
