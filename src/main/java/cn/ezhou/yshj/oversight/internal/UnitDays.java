package cn.ezhou.yshj.oversight.internal;

import cn.ezhou.yshj.submission.FigureBucket;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Days of one department, at most {@value #MOST}: what one statement reads of the stored figures,
 * {@code unit_code = ? and day in (?, …)}, a set of ranges on a primary key that leads with the day
 * and the department. A run that touches a thousand buckets then reads their old rows in a few
 * dozen statements rather than a thousand.
 */
record UnitDays(String unit, List<LocalDate> days) {

    static final int MOST = 100;

    /** The buckets' days (or another day of theirs, such as the month's first), by department. */
    static List<UnitDays> of(Collection<FigureBucket> buckets, Function<FigureBucket, LocalDate> day) {
        TreeMap<String, TreeSet<LocalDate>> byUnit = buckets.stream().collect(Collectors.groupingBy(
                FigureBucket::unit, TreeMap::new, Collectors.mapping(day, Collectors.toCollection(TreeSet::new))));
        List<UnitDays> batches = new ArrayList<>();
        byUnit.forEach((unit, days) -> {
            List<LocalDate> all = List.copyOf(days);
            for (int from = 0; from < all.size(); from += MOST) {
                batches.add(new UnitDays(unit, all.subList(from, Math.min(all.size(), from + MOST))));
            }
        });
        return batches;
    }

    /** {@code unit_code = ? and <column> in (?, …)}. */
    String where(String column) {
        return days.stream().map(d -> "?").collect(Collectors.joining(", ", "unit_code = ? and " + column + " in (",
                ")"));
    }

    /** The parameters of {@link #where}. */
    Object[] params() {
        List<Object> params = new ArrayList<>(days.size() + 1);
        params.add(unit);
        days.forEach(d -> params.add(Date.valueOf(d)));
        return params.toArray();
    }
}
