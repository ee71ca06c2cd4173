package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces some buckets' figures in one transaction: their open rows are deleted and written again,
 * their day rows and the months they fall in are compared with the new counts and only the rows
 * that differ are rewritten; a month is corrected by the difference between the old and the new
 * day rows, so it is never read or summed from all its days. The old day and month
 * rows are read a department and many days a statement ({@link UnitDays}), not a bucket at a time.
 */
@Component
class BucketStore {

    private final JdbcTemplate jdbc;
    private final FigureStore store;

    BucketStore(JdbcTemplate jdbc, FigureStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Transactional
    public void replace(Collection<FigureBucket> buckets, FigureBuilder.Built built, Instant at, long millis) {
        List<FigureBucket> dated = buckets.stream().filter(FigureBucket::dated).toList();
        Map<FigureBuilder.DayKey, Tally> oldDays = rows("oversight_day", "deadline_day",
                UnitDays.of(dated, FigureBucket::day));
        Map<FigureBuilder.DayKey, Tally> delta = new HashMap<>();
        oldDays.forEach((k, old) -> delta.computeIfAbsent(FigureStore.monthOf(k), m -> new Tally()).add(old, -1));
        built.days().forEach((k, t) -> delta.computeIfAbsent(FigureStore.monthOf(k), m -> new Tally()).add(t));
        // In batches: one round trip per batch where the driver allows (MySQL's rewriteBatchedStatements).
        jdbc.batchUpdate("delete from oversight_open where bucket_day = ? and unit_code = ? and dated = ?",
                buckets.stream().map(b -> new Object[] {Date.valueOf(b.day()), b.unit(), b.dated()}).toList());
        store.insertOpen(built.open());
        writeChanged("oversight_day", "deadline_day", oldDays, built.days());
        Map<FigureBuilder.DayKey, Tally> oldMonths = rows("oversight_month", "month_start",
                UnitDays.of(dated, b -> b.day().withDayOfMonth(1)));
        Map<FigureBuilder.DayKey, Tally> months = new HashMap<>();
        oldMonths.forEach((k, t) -> months.computeIfAbsent(k, m -> new Tally()).add(t));
        delta.forEach((k, d) -> months.computeIfAbsent(k, m -> new Tally()).add(d));
        writeChanged("oversight_month", "month_start", oldMonths, months);
        store.refreshed(at, built.itemsRead(), millis);
    }

    /**
     * Writes only the rows whose counts changed: a thousand changed items alter a few rows of each
     * bucket they touch, and rewriting every row of those buckets was most of a run's time.
     */
    private void writeChanged(String table, String dateColumn, Map<FigureBuilder.DayKey, Tally> old,
                              Map<FigureBuilder.DayKey, Tally> now) {
        Set<FigureBuilder.DayKey> keys = new HashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<Object[]> deletes = new ArrayList<>();
        Map<FigureBuilder.DayKey, Tally> inserts = new HashMap<>();
        for (FigureBuilder.DayKey k : keys) {
            Tally before = old.get(k);
            Tally after = now.get(k);
            boolean stays = after != null && after.items != 0;
            if (before != null && stays && before.sameAs(after)) {
                continue;
            }
            if (before != null) {
                deletes.add(new Object[] {Date.valueOf(k.day()), k.unit(), k.district(), k.domain()});
            }
            if (stays) {
                inserts.put(k, after);
            }
        }
        jdbc.batchUpdate("delete from " + table + " where " + dateColumn
                + " = ? and unit_code = ? and district_code = ? and domain_code = ?", deletes);
        store.insert(table, dateColumn, inserts);
    }

    /** The stored rows of these dates and units, by key: a statement per department and up to a hundred dates. */
    private Map<FigureBuilder.DayKey, Tally> rows(String table, String dateColumn, List<UnitDays> batches) {
        Map<FigureBuilder.DayKey, Tally> rows = new HashMap<>();
        for (UnitDays batch : batches) {
            jdbc.query("select " + dateColumn + ", district_code, domain_code, " + FigureStore.TALLY_COLUMNS + " from "
                    + table + " where " + batch.where(dateColumn), rs -> {
                rows.put(new FigureBuilder.DayKey(rs.getObject(1, LocalDate.class), batch.unit(), rs.getString(2),
                        rs.getString(3)), Tally.of(rs, 4));
            }, batch.params());
        }
        return rows;
    }
}
