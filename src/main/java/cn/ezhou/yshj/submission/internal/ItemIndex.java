package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.submission.ItemQuery;
import cn.ezhou.yshj.submission.SubmissionState;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The item queries on the full-text index.
 * Words match title, text, reply and reference for the office and departments, and only title,
 * text and reference for a submitter (a reply reaches the submitter only once the office approved
 * it, so its words must not find the item before). How many words must match: see
 * {@link cn.ezhou.yshj.base.SearchWords#required}.
 */
@Component
public class ItemIndex {

    /** Who searches: which items they may find, and in which fields. */
    public sealed interface Scope {
        record Office() implements Scope {
        }

        record Unit(String code) implements Scope {
        }

        record Submitter(String username) implements Scope {
        }
    }

    /** Ids in hit order with their marked title and passages, and the total. */
    public record Found(List<Long> ids, Map<Long, Marks> marks, long total, boolean exact) {
    }

    public record Marks(String title, List<String> passages) {
    }

    private static final String[] ALL_TEXT = {"title", "body", "reply"};
    private static final String[] OWN_TEXT = {"title", "body"};
    private static final long COUNT_UP_TO = 1_000;

    private final EntityManager entityManager;
    private final TransactionTemplate reading;
    private final Clock clock;

    ItemIndex(EntityManager entityManager, PlatformTransactionManager transactions, Clock clock) {
        this.entityManager = entityManager;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    public Found search(ItemQuery query, Scope scope, LocalDate today, int offset, int limit) {
        return reading.execute(tx -> run(Search.session(entityManager), query, scope, today, offset, limit));
    }

    private Found run(SearchSession session, ItemQuery q, Scope scope, LocalDate today, int offset, int limit) {
        boolean words = !q.words().isEmpty();
        String[] fields = scope instanceof Scope.Submitter ? OWN_TEXT : ALL_TEXT;
        SearchResult<List<?>> result = session.search(Submission.class)
                .select(f -> words
                        ? f.composite().from(f.id(Long.class), f.highlight("title"), f.highlight("body"),
                                f.highlight(fields.length == 3 ? "reply" : "body")).asList()
                        : f.composite().from(f.id(Long.class)).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (words) {
                        root.add(f.or(
                                q.words().predicate(f, fields),
                                f.match().field("reference").matching(q.words().text().toUpperCase()).boost(5f)));
                    }
                    switch (scope) {
                        case Scope.Office o -> root.add(f.not(f.match().field("state").matching(SubmissionState.DRAFT)));
                        case Scope.Unit u -> root.add(f.match().field("parties.unit").matching(u.code()));
                        case Scope.Submitter s -> root.add(f.match().field("submitter").matching(s.username()));
                    }
                    if (q.state() != null) {
                        root.add(f.match().field("state").matching(q.state()));
                    }
                    if (q.type() != null) {
                        root.add(f.match().field("type").matching(q.type()));
                    }
                    if (q.unitCode() != null) {
                        root.add(f.match().field("lead").matching(q.unitCode()));
                    }
                    if (q.districtCode() != null) {
                        root.add(f.match().field("district").matching(q.districtCode()));
                    }
                    if (q.domainCode() != null) {
                        root.add(f.match().field("domain").matching(q.domainCode()));
                    }
                    if (q.channelCode() != null) {
                        root.add(f.match().field("channel").matching(q.channelCode()));
                    }
                    if (q.receivedFrom() != null || q.receivedTo() != null) {
                        root.add(f.range().field("submittedAt").within(Range.between(
                                q.receivedFrom() == null ? null : startOf(q.receivedFrom()), RangeBoundInclusion.INCLUDED,
                                q.receivedTo() == null ? null : startOf(q.receivedTo().plusDays(1)), RangeBoundInclusion.EXCLUDED)));
                    }
                    if (q.overdueOnly()) {
                        root.add(f.range().field("deadline").lessThan(today));
                        root.add(f.terms().field("state").matchingAny(new ArrayList<Object>(SubmissionState.DEADLINE_RUNNING)));
                    }
                })
                .sort(f -> switch (q.order()) {
                    case RELEVANCE -> f.score().then().field("submittedAt").desc().missing().last()
                            .then().field("seq").desc();
                    case NEWEST -> f.field("submittedAt").desc().missing().last().then().field("seq").desc();
                    case OLDEST -> f.field("submittedAt").asc().missing().last().then().field("seq").asc();
                    case DEADLINE -> f.field("deadline").asc().missing().last().then().field("seq").desc();
                })
                .highlighter(MarkedWords::passages)
                .highlighter("title", MarkedWords::wholeTitle)
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(offset, limit);
        List<Long> ids = new ArrayList<>();
        Map<Long, Marks> marks = new HashMap<>();
        for (List<?> hit : result.hits()) {
            Long id = (Long) hit.get(0);
            ids.add(id);
            if (words) {
                List<String> passages = new ArrayList<>(MarkedWords.fragments(hit.get(2)));
                if (fields.length == 3) {
                    passages.addAll(MarkedWords.fragments(hit.get(3)));
                }
                List<String> title = MarkedWords.fragments(hit.get(1));
                marks.put(id, new Marks(title.isEmpty() ? null : title.get(0), passages.stream().limit(2).toList()));
            }
        }
        return new Found(ids, marks, result.total().hitCountLowerBound(), result.total().isHitCountExact());
    }

    /**
     * The received items nearest in words to a text, best first, since an instant, without the item
     * itself: any of its words may match, the more and rarer the better (BM25), over every item in
     * the index, not only the newest the triage index holds.
     */
    public List<Long> nearest(java.util.Collection<String> terms, long excludeId, Instant since, int limit) {
        if (terms.isEmpty()) {
            return List.of();
        }
        String words = String.join(" ", terms);
        return reading.execute(tx -> Search.session(entityManager).search(Submission.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().fields("title", "body").matching(words));
                    root.add(f.range().field("submittedAt").atLeast(since));
                    root.add(f.not(f.match().field("seq").matching(excludeId)));
                    root.add(f.not(f.match().field("state").matching(SubmissionState.DRAFT)));
                })
                .fetchHits(limit));
    }


    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
