package cn.ezhou.yshj.oversight.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the pre-aggregated figures: all of them (a full rebuild) or some buckets (see
 * {@link BucketStore}), each in one transaction, so readers see either the old or the new figures,
 * never half of each (both databases read a consistent snapshot meanwhile).
 */
@Component
public class FigureStore {

    private static final int BATCH = 1_000;
    static final String TALLY_COLUMNS = "items, on_time, late, running, answered, timed, reply_days, satisfied, basic,"
            + " defaulted, dissatisfied, reopened";
    private static final String OPEN_INSERT = """
            insert into oversight_open (bucket_day, unit_code, dated, state, district_code, domain_code, items, running)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    FigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void replace(FigureBuilder.Built built, Instant at, long millis) {
        Map<FigureBuilder.DayKey, Tally> months = new java.util.HashMap<>();
        built.days().forEach((k, t) -> months.computeIfAbsent(monthOf(k), m -> new Tally()).add(t));
        jdbc.update("delete from oversight_day");
        jdbc.update("delete from oversight_month");
        jdbc.update("delete from oversight_open");
        insert("oversight_day", "deadline_day", built.days());
        insert("oversight_month", "month_start", months);
        insertOpen(built.open());
        refreshed(at, built.itemsRead(), millis);
    }

    static FigureBuilder.DayKey monthOf(FigureBuilder.DayKey k) {
        return new FigureBuilder.DayKey(k.day().withDayOfMonth(1), k.unit(), k.district(), k.domain());
    }

    void refreshed(Instant at, long itemsRead, long millis) {
        jdbc.update("update oversight_refresh set refreshed_at = ?, items_read = ?, millis = ? where id = 1",
                Timestamp.from(at), itemsRead, millis);
    }

    /** Inserts tallies (per day or per month: the same columns, the key's date first); empty ones are left out. */
    void insert(String table, String dateColumn, Map<FigureBuilder.DayKey, Tally> tallies) {
        String insert = "insert into " + table + " (" + dateColumn + ", unit_code, district_code, domain_code, "
                + TALLY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<FigureBuilder.DayKey, Tally> e : tallies.entrySet()) {
            FigureBuilder.DayKey k = e.getKey();
            Tally t = e.getValue();
            if (t.items == 0) {
                continue;
            }
            rows.add(new Object[] {Date.valueOf(k.day()), k.unit(), k.district(), k.domain(), t.items, t.onTime, t.late,
                    t.running, t.answered, t.timed, t.replyDays, t.satisfied, t.basic, t.defaulted, t.dissatisfied,
                    t.reopened});
            rows = flush(rows, insert, false);
        }
        flush(rows, insert, true);
    }

    void insertOpen(Map<FigureBuilder.OpenKey, long[]> open) {
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<FigureBuilder.OpenKey, long[]> e : open.entrySet()) {
            FigureBuilder.OpenKey k = e.getKey();
            long[] c = e.getValue();
            rows.add(new Object[] {Date.valueOf(k.day()), k.unit(), k.dated(), k.state(), k.district(), k.domain(),
                    c[0], c[1]});
            rows = flush(rows, OPEN_INSERT, false);
        }
        flush(rows, OPEN_INSERT, true);
    }

    private List<Object[]> flush(List<Object[]> rows, String sql, boolean last) {
        if (!rows.isEmpty() && (last || rows.size() >= BATCH)) {
            jdbc.batchUpdate(sql, rows);
            return new ArrayList<>();
        }
        return rows;
    }
}
