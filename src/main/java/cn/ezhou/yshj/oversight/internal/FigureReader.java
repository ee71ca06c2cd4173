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
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Grouped reads of the pre-aggregated figures: a year is at most a few hundred thousand small rows
 * on the primary key's deadline-day range. A bucket's running items are overdue when its deadline
 * day is before today, pending otherwise, so the split is right whenever the page is read.
 */
@Component
public class FigureReader {

    private static final String SUMS = """
            sum(items), sum(on_time), sum(late), sum(case when deadline_day < ? then running else 0 end),
            sum(case when deadline_day >= ? then running else 0 end), sum(answered), sum(timed), sum(reply_days),
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
        return grouped("year(deadline_day), month(deadline_day)", q, today,
                (rs, f) -> new MonthFigures(YearMonth.of(rs.getInt(1), rs.getInt(2)), f), 2);
    }

    public List<UnitFigures> units(FigureQuery q, LocalDate today) {
        return grouped("unit_code", q, today, (rs, f) -> new UnitFigures(rs.getString(1), f), 1);
    }

    /** Open items grouped by {@code state} or by {@code unit_code}, largest first. */
    public List<OpenCount> open(boolean byState, String district, String domain) {
        String column = byState ? "state" : "unit_code";
        List<Object> args = new ArrayList<>();
        String where = filters(district, domain, args);
        return jdbc.query("select " + column + ", sum(items), sum(overdue), sum(due_soon) from oversight_open where 1 = 1"
                        + where + " group by " + column + " order by sum(items) desc, " + column,
                (rs, i) -> new OpenCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), args.toArray());
    }

    interface Row<T> {
        T map(ResultSet rs, Figures figures) throws SQLException;
    }

    private <T> List<T> grouped(String group, FigureQuery q, LocalDate today, Row<T> row, int keys) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today), Date.valueOf(q.from()),
                Date.valueOf(q.to())));
        String where = filters(q.district(), q.domain(), args);
        String sql = "select " + group + ", " + SUMS + " from oversight_day where deadline_day >= ? and deadline_day <= ?"
                + where + " group by " + group + " order by " + group;
        return jdbc.query(sql, (rs, i) -> row.map(rs, figures(rs, keys + 1)), args.toArray());
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
