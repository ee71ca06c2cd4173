package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.calendar.WorkingDayIndex;
import cn.ezhou.yshj.oversight.Figures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The oversight figures computed straight from the items in SQL (reply days from the items' own
 * days on the work calendar), to check the pre-aggregated figures against before anything is
 * timed. The rules are those of the figures: replied when a reply exists and the deadline no longer
 * runs; on time when the reply's day in the city (UTC+8, no summer time) is not after the deadline.
 */
final class FigureChecks {

    private static final String REPLIED = "(replied_at is not null and state not in ('ASSIGNED', 'SIGNED',"
            + " 'EXTENSION_REQUESTED', 'REWORK'))";
    private static final String REPLY_DAY = "cast(timestampadd(HOUR, 8, replied_at) as date)";
    private static final String SUMS = "count(*),"
            + " sum(case when " + REPLIED + " and " + REPLY_DAY + " <= deadline then 1 else 0 end),"
            + " sum(case when " + REPLIED + " and " + REPLY_DAY + " > deadline then 1 else 0 end),"
            + " sum(case when not " + REPLIED + " and deadline < ? then 1 else 0 end),"
            + " sum(case when not " + REPLIED + " and deadline >= ? then 1 else 0 end),"
            + " sum(case when answered_at is not null then 1 else 0 end),"
            + " sum(case when answered_at is not null and submitted_at is not null then 1 else 0 end),"
            + " sum(case when rating = 'SATISFIED' then 1 else 0 end),"
            + " sum(case when rating = 'BASICALLY_SATISFIED' and rating_defaulted = false then 1 else 0 end),"
            + " sum(case when rating = 'BASICALLY_SATISFIED' and rating_defaulted = true then 1 else 0 end),"
            + " sum(case when rating = 'DISSATISFIED' then 1 else 0 end),"
            + " sum(case when reopen_count > 0 then 1 else 0 end)";

    private final JdbcTemplate jdbc;
    private final WorkingDayIndex days;
    private final LocalDate today;

    FigureChecks(JdbcTemplate jdbc, WorkCalendarService calendar, LocalDate today) {
        this.jdbc = jdbc;
        this.days = calendar.index(today.minusYears(6), today.plusYears(2));
        this.today = today;
    }

    /** The figures of the items due in the period, optionally of one district and domain. */
    Figures period(LocalDate from, LocalDate to, String district, String domain) {
        String where = " where state <> 'DRAFT' and deadline between ? and ?"
                + (district == null ? "" : " and district_code = '" + district + "'")
                + (domain == null ? "" : " and domain_code = '" + domain + "'");
        return figures(where, Date.valueOf(from), Date.valueOf(to)).getOrDefault("", Figures.NONE);
    }

    /** The figures of the items due in the period per lead department. */
    Map<String, Figures> byUnit(LocalDate from, LocalDate to) {
        return figures(" where state <> 'DRAFT' and deadline between ? and ? and lead_unit is not null",
                Date.valueOf(from), Date.valueOf(to), "lead_unit");
    }

    /** The figures of the items due on one day and led by one department ({@code ""}: none). */
    Figures bucket(LocalDate day, String unit) {
        String where = " where state <> 'DRAFT' and deadline = ? and "
                + (unit.isEmpty() ? "lead_unit is null" : "lead_unit = '" + unit + "'");
        return figures(where, Date.valueOf(day), Date.valueOf(day)).getOrDefault("", Figures.NONE);
    }

    private Map<String, Figures> figures(String where, Date from, Date to) {
        return figures(where.replace("deadline = ?", "deadline between ? and ?"), from, to, null);
    }

    private Map<String, Figures> figures(String where, Date from, Date to, String group) {
        String key = group == null ? "''" : group;
        Date now = Date.valueOf(today);
        Map<String, long[]> sums = new HashMap<>();
        jdbc.query("select " + key + ", " + SUMS + " from submission" + where + (group == null ? "" : " group by " + group),
                rs -> {
                    long[] s = new long[12];
                    for (int i = 0; i < 12; i++) {
                        s[i] = rs.getLong(i + 2);
                    }
                    sums.put(rs.getString(1), s);
                }, now, now, from, to);
        Map<String, Long> replyDays = new HashMap<>();
        jdbc.query("select " + key + ", cast(timestampadd(HOUR, 8, submitted_at) as date),"
                + " cast(timestampadd(HOUR, 8, answered_at) as date) from submission" + where
                + " and answered_at is not null and submitted_at is not null", rs -> {
            long d = Math.max(0, days.between(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
            replyDays.merge(rs.getString(1), d, Long::sum);
        }, from, to);
        Map<String, Figures> result = new HashMap<>();
        sums.forEach((k, s) -> {
            if (s[0] > 0) {
                result.put(k, new Figures(s[0], s[1], s[2], s[3], s[4], s[5], s[6], replyDays.getOrDefault(k, 0L),
                        s[7], s[8], s[9], s[10], s[11]));
            }
        });
        return result;
    }

    /** The pre-aggregated figures of one day and unit, all districts and domains together. */
    Figures stored(LocalDate day, String unit) {
        boolean past = day.isBefore(today);
        return jdbc.query("select sum(items), sum(on_time), sum(late), sum(running), sum(answered), sum(timed),"
                + " sum(reply_days), sum(satisfied), sum(basic), sum(defaulted), sum(dissatisfied), sum(reopened)"
                + " from oversight_day where deadline_day = ? and unit_code = ?", rs -> {
            rs.next();
            long running = rs.getLong(4);
            Figures f = new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), past ? running : 0, past ? 0 : running,
                    rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                    rs.getLong(11), rs.getLong(12));
            return f.items() == 0 ? Figures.NONE : f;
        }, Date.valueOf(day), unit);
    }

    /** Up to {@code n} (deadline day, unit) buckets of the given items, read now. */
    List<Object[]> bucketsOf(List<Long> ids, int n) {
        List<Object[]> buckets = new ArrayList<>();
        for (Long id : ids.subList(0, Math.min(n, ids.size()))) {
            buckets.addAll(jdbc.query("select deadline, lead_unit from submission where id = ? and deadline is not null",
                    (rs, i) -> new Object[] {rs.getObject(1, LocalDate.class),
                            rs.getString(2) == null ? "" : rs.getString(2)}, id));
        }
        return buckets;
    }
}
