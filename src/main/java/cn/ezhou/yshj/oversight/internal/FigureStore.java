package cn.ezhou.yshj.oversight.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces the pre-aggregated figures in one transaction, so readers see either the old or the new
 * figures, never half of each (both databases read a consistent snapshot meanwhile).
 */
@Component
public class FigureStore {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    FigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(FigureBuilder.Built built, Instant at, long millis) {
        Map<FigureBuilder.DayKey, Tally> months = new HashMap<>();
        built.days().forEach((k, t) -> months.computeIfAbsent(new FigureBuilder.DayKey(k.day().withDayOfMonth(1),
                k.unit(), k.district(), k.domain()), m -> new Tally()).add(t));
        write("oversight_day", "deadline_day", built.days());
        write("oversight_month", "month_start", months);
        List<Object[]> rows = new ArrayList<>();
        jdbc.update("delete from oversight_open");
        for (Map.Entry<FigureBuilder.OpenKey, long[]> e : built.open().entrySet()) {
            FigureBuilder.OpenKey k = e.getKey();
            long[] c = e.getValue();
            rows.add(new Object[] {k.state(), k.unit(), k.district(), k.domain(), c[0], c[1], c[2]});
            rows = flush(rows, OPEN_INSERT, false);
        }
        flush(rows, OPEN_INSERT, true);
        jdbc.update("update oversight_refresh set refreshed_at = ?, items_read = ?, millis = ? where id = 1",
                Timestamp.from(at), built.itemsRead(), millis);
    }

    /** Replaces a table of tallies (per day or per month: the same columns, the key's date first). */
    private void write(String table, String dateColumn, Map<FigureBuilder.DayKey, Tally> tallies) {
        jdbc.update("delete from " + table);
        String insert = "insert into " + table + " (" + dateColumn + ", unit_code, district_code, domain_code, items,"
                + " on_time, late, running, answered, timed, reply_days, satisfied, basic, defaulted, dissatisfied,"
                + " reopened) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<FigureBuilder.DayKey, Tally> e : tallies.entrySet()) {
            FigureBuilder.DayKey k = e.getKey();
            Tally t = e.getValue();
            rows.add(new Object[] {Date.valueOf(k.day()), k.unit(), k.district(), k.domain(), t.items, t.onTime, t.late,
                    t.running, t.answered, t.timed, t.replyDays, t.satisfied, t.basic, t.defaulted, t.dissatisfied,
                    t.reopened});
            rows = flush(rows, insert, false);
        }
        flush(rows, insert, true);
    }

    private static final String OPEN_INSERT = """
            insert into oversight_open (state, unit_code, district_code, domain_code, items, overdue, due_soon)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private List<Object[]> flush(List<Object[]> rows, String sql, boolean last) {
        if (!rows.isEmpty() && (last || rows.size() >= BATCH)) {
            jdbc.batchUpdate(sql, rows);
            return new ArrayList<>();
        }
        return rows;
    }
}
