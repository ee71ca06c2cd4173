package cn.ezhou.yshj.search;

import cn.ezhou.yshj.search.internal.IndexKeeper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The full-text index of the portal's items, consultations, policies and cases: its state for
 * anyone who searches (so a screen can say that results may be incomplete while it is rebuilt),
 * and a rebuild from the database for the administrator.
 */
@Service
public class SearchIndexService {

    private final IndexKeeper keeper;

    SearchIndexService(IndexKeeper keeper) {
        this.keeper = keeper;
    }

    /** Progress only, no content: open to every screen that searches. */
    public IndexStatus status() {
        return keeper.status();
    }

    /** Rebuilds the whole index in the background; refused while a rebuild runs. */
    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus rebuild() {
        return keeper.rebuildInBackground("search.index.reason.admin");
    }
}
