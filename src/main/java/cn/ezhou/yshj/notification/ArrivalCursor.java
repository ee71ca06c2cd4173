package cn.ezhou.yshj.notification;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * How far an instance has read the notification table. Ids are handed out when a row is inserted,
 * not when it commits: a long delivery may commit id 100 after id 101 was already read. So a gap
 * below the last id read is remembered for a number of polls and asked for again, until the row
 * appears or the gap is old enough to be a rolled-back insert.
 */
final class ArrivalCursor {

    static final int MAX_GAPS = 1_000;
    static final int GAP_POLLS = 30;

    private long last;
    private final Map<Long, Integer> gaps = new HashMap<>();

    ArrivalCursor(long last) {
        this.last = last;
    }

    long last() {
        return last;
    }

    /** Ids below {@link #last()} not yet seen, perhaps still being committed. */
    Set<Long> gaps() {
        return Set.copyOf(gaps.keySet());
    }

    /** Records an id read, in ascending order for ids after {@link #last()}. */
    void saw(long id) {
        if (gaps.remove(id) != null || id <= last) {
            return;
        }
        for (long missing = last + 1; missing < id && gaps.size() < MAX_GAPS; missing++) {
            gaps.put(missing, GAP_POLLS);
        }
        last = id;
    }

    /** One poll passed: gaps waited for long enough are given up. */
    void polled() {
        for (Iterator<Map.Entry<Long, Integer>> it = gaps.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Integer> gap = it.next();
            if (gap.getValue() <= 1) {
                it.remove();
            } else {
                gap.setValue(gap.getValue() - 1);
            }
        }
    }
}
