package cn.ezhou.yshj.search;

import java.time.Instant;

/**
 * Where the search index stands: ready, or being rebuilt with {@code done} of {@code total} records
 * indexed so far. While it is rebuilt, searches answer from what is already indexed.
 */
public record IndexStatus(boolean building, long done, long total, String reason, Instant startedAt,
                          Instant finishedAt, String failure) {

    public static IndexStatus ready() {
        return new IndexStatus(false, 0, 0, null, null, null, null);
    }

    /** Whole per cent done, 100 when nothing is left to do. */
    public int percent() {
        return total <= 0 ? (building ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
