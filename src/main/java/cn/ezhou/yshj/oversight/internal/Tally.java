package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.calendar.WorkingDayIndex;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.submission.ItemFacts;
import cn.ezhou.yshj.submission.SubmissionState;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The counts of one deadline-day bucket while the figures are rebuilt. The rules of what counts
 * are here, once: an item is replied when a reply exists and the deadline no longer runs (a reply
 * sent back for rework or an item reopened runs again); on time when the reply's day in the
 * city's time zone is not after the deadline.
 */
final class Tally {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    int items;
    int onTime;
    int late;
    int running;
    int answered;
    int timed;
    long replyDays;
    int satisfied;
    int basic;
    int defaulted;
    int dissatisfied;
    int reopened;

    void add(ItemFacts f, WorkingDayIndex days) {
        items++;
        boolean replied = f.repliedAt() != null && !SubmissionState.DEADLINE_RUNNING.contains(f.state());
        if (!replied) {
            running++;
        } else if (day(f.repliedAt()).isAfter(f.deadline())) {
            late++;
        } else {
            onTime++;
        }
        if (f.answeredAt() != null) {
            answered++;
            if (f.submittedAt() != null) {
                timed++;
                replyDays += Math.max(0, days.between(day(f.submittedAt()), day(f.answeredAt())));
            }
        }
        if (f.rating() != null) {
            switch (f.rating()) {
                case SATISFIED -> satisfied++;
                case BASICALLY_SATISFIED -> {
                    if (f.ratingDefaulted()) {
                        defaulted++;
                    } else {
                        basic++;
                    }
                }
                case DISSATISFIED -> dissatisfied++;
            }
        }
        if (f.reopenCount() > 0) {
            reopened++;
        }
    }

    /** Adds another bucket's counts, e.g. the days of a month into the month. */
    void add(Tally o) {
        add(o, 1);
    }

    /** Adds ({@code sign} 1) or takes away (-1) another bucket's counts. */
    void add(Tally o, int sign) {
        items += sign * o.items;
        onTime += sign * o.onTime;
        late += sign * o.late;
        running += sign * o.running;
        answered += sign * o.answered;
        timed += sign * o.timed;
        replyDays += sign * o.replyDays;
        satisfied += sign * o.satisfied;
        basic += sign * o.basic;
        defaulted += sign * o.defaulted;
        dissatisfied += sign * o.dissatisfied;
        reopened += sign * o.reopened;
    }

    /** The same counts in every column. */
    boolean sameAs(Tally o) {
        return items == o.items && onTime == o.onTime && late == o.late && running == o.running
                && answered == o.answered && timed == o.timed && replyDays == o.replyDays && satisfied == o.satisfied
                && basic == o.basic && defaulted == o.defaulted && dissatisfied == o.dissatisfied
                && reopened == o.reopened;
    }

    /** The columns of a stored bucket row, from {@code c} on, in the order of {@link FigureStore}'s insert. */
    static Tally of(java.sql.ResultSet rs, int c) throws java.sql.SQLException {
        Tally t = new Tally();
        t.items = rs.getInt(c);
        t.onTime = rs.getInt(c + 1);
        t.late = rs.getInt(c + 2);
        t.running = rs.getInt(c + 3);
        t.answered = rs.getInt(c + 4);
        t.timed = rs.getInt(c + 5);
        t.replyDays = rs.getLong(c + 6);
        t.satisfied = rs.getInt(c + 7);
        t.basic = rs.getInt(c + 8);
        t.defaulted = rs.getInt(c + 9);
        t.dissatisfied = rs.getInt(c + 10);
        t.reopened = rs.getInt(c + 11);
        return t;
    }

    static LocalDate day(java.time.Instant instant) {
        return instant.atZone(CITY).toLocalDate();
    }
}
