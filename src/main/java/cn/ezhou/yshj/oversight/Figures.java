package cn.ezhou.yshj.oversight;

/**
 * What became of the items whose (current) deadline fell in a period — a cohort by deadline, so
 * that each item counts once, against its own deadline (an approved extension is the new deadline).
 *
 * @param items        items with a deadline in the period
 * @param onTime       replied on or before the deadline day (the reply the office accepted, or is reviewing)
 * @param late         replied after the deadline day
 * @param overdue      not replied, deadline passed
 * @param pending      not replied, deadline today or later
 * @param answered     answered to the submitter (office-approved reply)
 * @param timed        answered items with a submission time, the base of {@link #averageReplyDays()}
 * @param replyDays    sum over the timed items of working days from submission to answer
 * @param defaulted    基本满意 by default (no rating within 7 days); not part of {@code basic}
 * @param reopened     items reopened after a 不满意 rating
 */
public record Figures(long items, long onTime, long late, long overdue, long pending, long answered, long timed,
                      long replyDays, long satisfied, long basic, long defaulted, long dissatisfied, long reopened) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Items whose outcome against the deadline is known: replied (on time or late) or overdue. */
    public long decided() {
        return onTime + late + overdue;
    }

    public long rated() {
        return satisfied + basic + defaulted + dissatisfied;
    }

    /** Replied on time over decided items; null when none is decided yet. */
    public Double onTimeRate() {
        return share(onTime, decided());
    }

    /** Working days from submission to answer, on average; null when nothing was answered. */
    public Double averageReplyDays() {
        return timed == 0 ? null : (double) replyDays / timed;
    }

    /** 满意 + 基本满意 (defaulted included) over rated items; null when none is rated. */
    public Double satisfactionRate() {
        return share(satisfied + basic + defaulted, rated());
    }

    /** Reopened over answered items; null when nothing was answered. */
    public Double reopenRate() {
        return share(reopened, answered);
    }

    public Figures plus(Figures o) {
        return new Figures(items + o.items, onTime + o.onTime, late + o.late, overdue + o.overdue,
                pending + o.pending, answered + o.answered, timed + o.timed, replyDays + o.replyDays,
                satisfied + o.satisfied, basic + o.basic, defaulted + o.defaulted, dissatisfied + o.dissatisfied,
                reopened + o.reopened);
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
