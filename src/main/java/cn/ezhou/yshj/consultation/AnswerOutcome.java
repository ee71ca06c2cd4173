package cn.ezhou.yshj.consultation;

/** The drafting department's answer to a comment; every outcome but ADOPTED needs a reason. */
public enum AnswerOutcome {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, ALREADY_PROVIDED;

    public boolean needsReason() {
        return this != ADOPTED;
    }
}
