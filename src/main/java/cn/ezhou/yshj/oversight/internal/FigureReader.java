package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.MonthFigures;
import cn.ezhou.yshj.oversight.OpenCount;
import cn.ezhou.yshj.oversight.UnitFigures;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Grouped reads of the pre-aggregated figures: a year is at most a few hundred thousand small rows
 * on the primary key's deadline-day range. A bucket's running items are overdue when its deadline
 * day is before today, pending otherwise, so the split is right whenever the page is read.
 */
@Component
public class FigureReader {

    /** The sums of a bucket table; {@code %s} is its date column, compared with the first two parameters. */
    private static final String SUMS = """
            sum(items), sum(on_time), sum(late), sum(case when %1$s < ? then running else 0 end),
            sum(case when %1$s >= ? then running else 0 end), sum(answered), sum(timed), sum(reply_days),
            sum(satisfied), sum(basic), sum(defaulted), sum(dissatisfied), sum(reopened)""";

    private final JdbcTemplate jdbc;

    FigureReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When the figures were last rebuilt; null before the first rebuild. */
    public Instant asOf() {
        Timestamp at = jdbc.queryForObject("select refreshed_at from oversight_refresh where id = 1", Timestamp.class);
        return at == null ? null : at.toInstant();
    }

    public List<MonthFigures> months(FigureQuery q, LocalDate today) {
        return grouped(true, q, today).entrySet().stream()
                .map(e -> new MonthFigures(YearMonth.parse(e.getKey()), e.getValue())).toList();
    }

    public List<UnitFigures> units(FigureQuery q, LocalDate today) {
        return grouped(false, q, today).entrySet().stream()
                .map(e -> new UnitFigures(e.getKey(), e.getValue())).toList();
    }

    /** Open items by state and by lead department, each largest first. */
    public record Open(List<OpenCount> byState, List<OpenCount> byUnit) {
    }

    /**
     * Open items by state and by lead department, from one grouped read: overdue are those whose
     * deadline runs and fell before today, due soon those due from today to {@code dueSoon}.
     */
    public Open open(String district, String domain, LocalDate today, LocalDate dueSoon) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today), Date.valueOf(dueSoon)));
        String where = filters(district, domain, args);
        Map<String, long[]> byState = new TreeMap<>();
        Map<String, long[]> byUnit = new TreeMap<>();
        jdbc.query("select state, unit_code, sum(items), sum(case when bucket_day < ? then running else 0 end),"
                + " sum(case when bucket_day >= ? and bucket_day <= ? then running else 0 end)"
                + " from oversight_open where 1 = 1" + where + " group by state, unit_code", rs -> {
            long[] counts = {rs.getLong(3), rs.getLong(4), rs.getLong(5)};
            add(byState, rs.getString(1), counts);
            add(byUnit, rs.getString(2), counts);
        }, args.toArray());
        return new Open(largestFirst(byState), largestFirst(byUnit));
    }

    private static void add(Map<String, long[]> into, String key, long[] counts) {
        long[] sum = into.computeIfAbsent(key, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
            sum[i] += counts[i];
        }
    }

    private static List<OpenCount> largestFirst(Map<String, long[]> counts) {
        return counts.entrySet().stream().map(e -> new OpenCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).sorted(Comparator.comparingLong(OpenCount::items).reversed()).toList();
    }

    /**
     * Figures by month (key 2026-01) or by unit, in key order: whole months from the monthly table
     * (not the current month), the rest of the period from the daily table, added together.
     */
    private Map<String, Figures> grouped(boolean byMonth, FigureQuery q, LocalDate today) {
        PeriodSplit split = PeriodSplit.of(q.from(), q.to(), today);
        Map<String, Figures> result = new TreeMap<>();
        if (split.hasWholeMonths()) {
            Date monthNow = Date.valueOf(today.withDayOfMonth(1));
            List<Object> args = new ArrayList<>(List.of(monthNow, monthNow, Date.valueOf(split.firstMonth()),
                    Date.valueOf(split.lastMonth()), monthNow));
            read(byMonth, "month_start", "oversight_month",
                    "month_start >= ? and month_start <= ? and month_start <> ?", args, q, result);
        }
        if (!split.dayRanges().isEmpty()) {
            List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
            StringJoiner where = new StringJoiner(" or ", "(", ")");
            for (LocalDate[] range : split.dayRanges()) {
                where.add("deadline_day between ? and ?");
                args.add(Date.valueOf(range[0]));
                args.add(Date.valueOf(range[1]));
            }
            read(byMonth, "deadline_day", "oversight_day", where.toString(), args, q, result);
        }
        return result;
    }

    private void read(boolean byMonth, String column, String table, String where, List<Object> args, FigureQuery q,
                      Map<String, Figures> into) {
        String group = byMonth ? "year(" + column + "), month(" + column + ")" : "unit_code";
        String sql = "select " + group + ", " + SUMS.formatted(column) + " from " + table + " where " + where
                + filters(q.district(), q.domain(), args) + " group by " + group;
        int keys = byMonth ? 2 : 1;
        jdbc.query(sql, rs -> {
            String key = byMonth ? "%04d-%02d".formatted(rs.getInt(1), rs.getInt(2)) : rs.getString(1);
            into.merge(key, figures(rs, keys + 1), Figures::plus);
        }, args.toArray());
    }

    private static String filters(String district, String domain, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (district != null) {
            where.append(" and district_code = ?");
            args.add(district);
        }
        if (domain != null) {
            where.append(" and domain_code = ?");
            args.add(domain);
        }
        return where.toString();
    }

    private static Figures figures(ResultSet rs, int c) throws SQLException {
        return new Figures(rs.getLong(c), rs.getLong(c + 1), rs.getLong(c + 2), rs.getLong(c + 3), rs.getLong(c + 4),
                rs.getLong(c + 5), rs.getLong(c + 6), rs.getLong(c + 7), rs.getLong(c + 8), rs.getLong(c + 9),
                rs.getLong(c + 10), rs.getLong(c + 11), rs.getLong(c + 12));
    }
}
