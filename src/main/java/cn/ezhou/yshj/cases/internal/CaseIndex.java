package cn.ezhou.yshj.cases.internal;

import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.base.SearchWords;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The public's query on the typical-case index: published cases only, words in the title or the
 * summary (two or fewer must all match, more need three in four), best first, then newest.
 * Callers run inside a read-only transaction.
 */
@Component
public class CaseIndex {

    /** A found case, loaded from the database, with its marked title (empty: none matched) and passages. */
    public record Found(TypicalCase record, List<String> title, List<String> passages) {
    }

    public record Page(List<Found> hits, long total) {
    }

    private static final long COUNT_UP_TO = 1_000;

    private final EntityManager entityManager;

    CaseIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page published(SearchWords words, int offset, int limit) {
        SearchResult<List<?>> result = Search.session(entityManager).search(TypicalCase.class)
                .select(f -> f.composite().from(f.entity(), f.highlight("title"), f.highlight("summary")).asList())
                .where((f, root) -> {
                    root.add(words.predicate(f, "title", "summary"));
                    root.add(f.match().field("published").matching(true));
                })
                .sort(f -> f.score().then().field("publishedAt").desc().missing().last())
                .highlighter(MarkedWords::passages)
                .highlighter("title", MarkedWords::wholeTitle)
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(offset, limit);
        List<Found> hits = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            if (hit.get(0) instanceof TypicalCase c) {
                hits.add(new Found(c, MarkedWords.fragments(hit.get(1)), MarkedWords.fragments(hit.get(2))));
            }
        }
        return new Page(hits, result.total().hitCountLowerBound());
    }
}
