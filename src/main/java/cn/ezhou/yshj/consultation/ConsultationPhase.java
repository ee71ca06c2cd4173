package cn.ezhou.yshj.consultation;

/** Where a consultation stands: announced, open for comments, closed and being answered, or reported. */
public enum ConsultationPhase {
    SCHEDULED, OPEN, ANSWERING, REPORTED
}
