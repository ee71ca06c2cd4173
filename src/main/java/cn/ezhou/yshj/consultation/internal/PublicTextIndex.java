package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.base.SearchWords;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The public's queries on the consultation and policy indexes. Words match the title, the
 * explanation or summary and the articles; two or fewer words must all match, more need three in
 * four. Only what the public may see is asked for: a consultation addressed to the public that has
 * opened, a policy whose issue date has come. Callers run inside a read-only transaction.
 */
@Component
public class PublicTextIndex {

    /** A found record, loaded from the database, with its marked title (empty: none matched) and passages. */
    public record Found<E>(E record, List<String> title, List<String> passages) {
    }

    public record Page<E>(List<Found<E>> hits, long total) {
    }

    private static final long COUNT_UP_TO = 1_000;

    private final EntityManager entityManager;

    PublicTextIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<Consultation> consultations(SearchWords words, LocalDate today, int offset, int limit) {
        return find(Consultation.class, words, "explanation", "toPublic", "opensOn", today, offset, limit);
    }

    public Page<Policy> policies(SearchWords words, LocalDate today, int offset, int limit) {
        return find(Policy.class, words, "summary", null, "issuedOn", today, offset, limit);
    }

    private <E> Page<E> find(Class<E> type, SearchWords words, String textField, String publicFlag, String dateField,
                             LocalDate today, int offset, int limit) {
        SearchResult<List<?>> result = Search.session(entityManager).search(type)
                .select(f -> f.composite().from(f.entity(), f.highlight("title"), f.highlight(textField),
                        f.highlight("parts.title"), f.highlight("parts.body")).asList())
                .where((f, root) -> {
                    root.add(words.predicate(f, "title", textField, "parts.title", "parts.body"));
                    if (publicFlag != null) {
                        root.add(f.match().field(publicFlag).matching(true));
                    }
                    root.add(f.range().field(dateField).atMost(today));
                })
                .sort(f -> f.score().then().field(dateField).desc())
                .highlighter(MarkedWords::passages)
                .highlighter("title", MarkedWords::wholeTitle)
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(offset, limit);
        List<Found<E>> hits = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            List<String> passages = new ArrayList<>(MarkedWords.fragments(hit.get(2)));
            passages.addAll(MarkedWords.fragments(hit.get(4)));
            passages.addAll(MarkedWords.fragments(hit.get(3)));
            @SuppressWarnings("unchecked")
            E record = (E) hit.get(0);
            if (record != null) {
                hits.add(new Found<>(record, MarkedWords.fragments(hit.get(1)), passages.stream().limit(2).toList()));
            }
        }
        return new Page<>(hits, result.total().hitCountLowerBound());
    }

}
