package cn.ezhou.yshj.search;

import cn.ezhou.yshj.search.internal.IndexKeeper;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A bulk load through the services (the demo city's year, thousands of transactions) with the
 * index written once at its end rather than at each commit: indexing every commit as it happens
 * cost the demo city about a fifth of its time, for an index nobody reads until the load is done.
 * The index is derived from the database alone, so rebuilding it afterwards gives the same index
 * (decision 0041).
 */
@Component
public class BulkIndexing {

    private final IndexKeeper keeper;

    BulkIndexing(IndexKeeper keeper) {
        this.keeper = keeper;
    }

    /**
     * Runs {@code load} with indexing at commit paused, then rebuilds the whole index from the
     * database (at once or in the background, as {@code portal.search.build-on-start} says). Searches
     * meanwhile answer from the index as it was, and the index's status says it is being rebuilt.
     */
    public <T> T whilePaused(Supplier<T> load) {
        keeper.pauseIndexing();
        try {
            return load.get();
        } finally {
            keeper.resumeIndexingAndRebuild();
        }
    }
}
