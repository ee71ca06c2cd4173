package cn.ezhou.yshj.cases;

import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.TextHit;
import cn.ezhou.yshj.base.TextHits;
import cn.ezhou.yshj.cases.internal.CaseIndex;
import cn.ezhou.yshj.search.SearchIndexService;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's keyword search of typical cases: the same answer for every caller, so only published
 * cases, found by their title and summary (never by the item's reference, which the public does not
 * see). Every hit is checked again against the database, so a withdrawal the index has not yet
 * taken in never shows. No words, no hits.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

    static final int MAX_PAGE = 50;

    private final CaseIndex index;
    private final SearchIndexService searchIndex;
    private final Clock clock;

    CaseSearch(CaseIndex index, SearchIndexService searchIndex, Clock clock) {
        this.index = index;
        this.searchIndex = searchIndex;
        this.clock = clock;
    }

    public TextHits published(SearchWords words, int offset, int limit) {
        if (words.isEmpty()) {
            return TextHits.none();
        }
        CaseIndex.Page page = index.published(words, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
        List<TextHit> hits = page.hits().stream()
                .map(h -> new Hit(h.record().toRecord(false), h.title(), h.passages()))
                .filter(h -> h.record().published() && h.record().publishedAt() != null)
                .map(h -> new TextHit(h.record().id(), h.title().isEmpty() ? h.record().title() : h.title().getFirst(),
                        h.passages(), h.record().publishedAt().atZone(clock.getZone()).toLocalDate()))
                .toList();
        return new TextHits(hits, page.total(), searchIndex.status().building());
    }

    private record Hit(TypicalCaseRecord record, List<String> title, List<String> passages) {
    }
}
