package cn.ezhou.yshj.oversight;

/** The parts of a department's overall league score, each 0–100, higher is better. */
public enum ScoreComponent {
    /** Replied on time over decided items. */
    ON_TIME,
    /** 100 × (1 − average working days to answer / the method's zero point), not below 0. */
    SPEED,
    /** 满意 + 基本满意 (defaulted included) over rated items. */
    SATISFACTION,
    /** 100 × (1 − reopened / answered). */
    REOPEN,
    /** Consultation comments answered on time over comments due. */
    CONSULTATION,
    /** 100 × (average satisfaction-round score − 1) / 4, over the rounds that closed in the period. */
    ROUNDS
}
