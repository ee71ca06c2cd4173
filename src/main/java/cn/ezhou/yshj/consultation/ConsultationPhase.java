package cn.ezhou.yshj.consultation;

/** Where a consultation stands: open for comments, closed and being answered, or reported. */
public enum ConsultationPhase {
    OPEN, ANSWERING, REPORTED
}
