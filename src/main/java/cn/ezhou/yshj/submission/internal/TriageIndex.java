package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.ChineseTerms;
import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.base.seed.SeedRow;
import cn.ezhou.yshj.submission.TriageAdvice;
import cn.ezhou.yshj.submission.TriageAdvice.DepartmentSuggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What triage reads: each department's duties (from {@code seeds/department-duties.csv}) and every
 * received item with the lead department the office chose for it, in an in-memory Lucene index
 * with the Chinese analyzer. It answers two questions: which items are like this one, and which
 * department should lead it.
 * An item's words are matched against both: the departments that led its nearest earlier items
 * get one vote each, weighted by closeness, and the department whose duties share its words gets
 * a weight of its own, so a young portal with few decisions still gets a useful answer.
 * Decided on in docs/decisions/0027.
 */
@Component
public class TriageIndex {

    private static final Logger log = LoggerFactory.getLogger(TriageIndex.class);
    private static final int SUGGESTIONS = 3;
    private static final int REASON_TERMS = 5;
    private static final int RECENT_TEXTS = 64;

    /** The id of an item's document: this prefix and the item's id (a department's duties have their own). */
    private static final String ITEM = "item-";

    private final SubmissionRepository items;
    private final SeedFiles seeds;
    private final int itemsKept;
    /** Nearest earlier items that vote. */
    private final int neighbourCount;
    /** What the best-matching duties weigh against the neighbours' votes (the nearest counts 1). */
    private final double dutyWeight;
    /** How sharply a vote falls with distance: (score / best score) to this power. */
    private final double closenessPower;
    /**
     * How many of a department's items among the neighbours vote for it, so that a department with
     * many items on a common theme does not outvote the one whose few items match best.
     */
    private final int votesPerDepartment;
    private final Map<String, String> dutyDomains = new HashMap<>();
    /**
     * The words of the texts read last: an item's text is read at receipt, asked about at
     * assignment and learned again right after, and the Chinese analyzer is the dear part of each.
     */
    private final Map<String, Set<String>> recentTerms = new LinkedHashMap<>(RECENT_TEXTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > RECENT_TEXTS;
        }
    };
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean loaded;
    /** Items learned since the searchers were last reopened. */
    private volatile boolean unread;

    TriageIndex(SubmissionRepository items, SeedFiles seeds,
                 @Value("${portal.triage.items-kept:50000}") int itemsKept,
                 @Value("${portal.triage.neighbours:20}") int neighbourCount,
                 @Value("${portal.triage.duty-weight:2.5}") double dutyWeight,
                 @Value("${portal.triage.closeness-power:1}") double closenessPower,
                 @Value("${portal.triage.votes-per-department:2}") int votesPerDepartment) {
        this.votesPerDepartment = votesPerDepartment;
        this.items = items;
        this.neighbourCount = neighbourCount;
        this.dutyWeight = dutyWeight;
        this.closenessPower = closenessPower;
        this.seeds = seeds;
        this.itemsKept = itemsKept;
    }

    /** The advice for an item's words, leaving out the item itself (id 0 for a text not yet saved). */
    public TriageAdvice suggest(String text, long excludeId) {
        Set<String> terms = termsOf(text);
        if (terms.isEmpty()) {
            return TriageAdvice.NONE;
        }
        return search(searcher -> advise(searcher, terms, excludeId));
    }

    /**
     * Adds or replaces one item (on receipt, and again when it is assigned); visible to the next
     * question. The searchers are reopened by that question, not here: each reopen writes a segment,
     * and every item is learned twice for once it is asked about.
     */
    public void learn(IndexedItem item) {
        ensureLoaded();
        try {
            writer.updateDocument(new Term("id", ITEM + item.id()), itemDocument(item));
            unread = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Learns the item once the caller's transaction commits: a refused or rolled-back step teaches nothing. */
    public void learnAfterCommit(IndexedItem item) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    learn(item);
                }
            });
        } else {
            learn(item);
        }
    }

    /** Reads the index when the portal is ready rather than at the office's first question. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("triage-index").start(() -> {
            try {
                ensureLoaded();
            } catch (RuntimeException e) {
                log.warn("Triage index not read at start; it is read at the first question instead", e);
            }
        });
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T search(Search<T> search) {
        ensureLoaded();
        try {
            if (unread) {
                unread = false; // before the reopen: an item learned meanwhile marks it again
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TriageAdvice advise(IndexSearcher searcher, Set<String> terms, long excludeId) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Double> weight = new HashMap<>();
        Map<String, Integer> led = new HashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        Map<String, Double> domains = new HashMap<>();
        Set<String> dutyMatches = new LinkedHashSet<>();

        TopDocs neighbours = searcher.search(anyWord(terms, new Term("routed", "yes"), excludeId), neighbourCount);
        for (ScoreDoc hit : neighbours.scoreDocs) {
            Document doc = stored.document(hit.doc);
            String unit = doc.get("unit");
            double closeness = Math.pow(hit.score / neighbours.scoreDocs[0].score, closenessPower);
            int votes = led.merge(unit, 1, Integer::sum);
            if (votes <= votesPerDepartment) { // hits come best first: a department's nearest items speak for it
                weight.merge(unit, closeness, Double::sum);
            }
            shared.computeIfAbsent(unit, u -> new LinkedHashSet<>()).addAll(shared(doc, terms));
            if (doc.get("domain") != null) {
                domains.merge(doc.get("domain"), closeness, Double::sum);
            }
        }
        TopDocs duties = searcher.search(anyWord(terms, new Term("kind", "duty"), 0), SUGGESTIONS * 2);
        for (ScoreDoc hit : duties.scoreDocs) {
            Document doc = stored.document(hit.doc);
            String unit = doc.get("unit");
            weight.merge(unit, dutyWeight * hit.score / duties.scoreDocs[0].score, Double::sum);
            dutyMatches.add(unit);
            shared.computeIfAbsent(unit, u -> new LinkedHashSet<>()).addAll(shared(doc, terms));
        }
        if (weight.isEmpty()) {
            return TriageAdvice.NONE;
        }
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        List<DepartmentSuggestion> best = weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SUGGESTIONS)
                .map(e -> new DepartmentSuggestion(e.getKey(), (int) Math.round(100 * e.getValue() / total),
                        shared.getOrDefault(e.getKey(), Set.of()).stream().limit(REASON_TERMS).toList(),
                        led.getOrDefault(e.getKey(), 0), dutyMatches.contains(e.getKey())))
                .toList();
        String domain = domains.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(dutyDomains.get(best.getFirst().unitCode()));
        return new TriageAdvice(best, domain);
    }

    /**
     * Documents with any of the words, among those marked {@code among} (only routed items carry
     * {@code routed}), without the asked item. One flat query rather than a disjunction nested in a
     * conjunction with a second filter: the same hits and scores, found with less work per document.
     */
    private static Query anyWord(Set<String> terms, Term among, long excludeId) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        terms.forEach(t -> query.add(new TermQuery(new Term("text", t)), Occur.SHOULD));
        query.add(new TermQuery(among), Occur.FILTER);
        if (excludeId > 0) {
            query.add(new TermQuery(new Term("id", ITEM + excludeId)), Occur.MUST_NOT);
        }
        return query.build();
    }

    private Set<String> termsOf(String text) {
        synchronized (recentTerms) {
            Set<String> known = recentTerms.get(text);
            if (known != null) {
                return known;
            }
        }
        Set<String> terms = Collections.unmodifiableSet(ChineseTerms.of(text));
        synchronized (recentTerms) {
            recentTerms.put(text, terms);
        }
        return terms;
    }

    /** The asked text's words this document also has, in the text's order. */
    private static List<String> shared(Document doc, Set<String> terms) {
        Set<String> own = Set.of(doc.get("terms").split(" "));
        return terms.stream().filter(own::contains).toList();
    }

    private Document itemDocument(IndexedItem item) {
        Document doc = document(ITEM + item.id(), "item", item.leadUnit(), item.domainCode(), item.text());
        if (item.leadUnit() != null) {
            doc.add(new StringField("routed", "yes", Field.Store.NO));
        }
        return doc;
    }

    private Document document(String id, String kind, String unit, String domain, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StringField("kind", kind, Field.Store.NO));
        if (unit != null) {
            doc.add(new StringField("unit", unit, Field.Store.YES));
        }
        if (domain != null) {
            doc.add(new StoredField("domain", domain));
        }
        Set<String> terms = termsOf(text); // analysed once here; the writer only splits them at the spaces
        doc.add(new TextField("text", String.join(" ", terms), Field.Store.NO));
        doc.add(new StoredField("terms", String.join(" ", terms)));
        return doc;
    }

    /**
     * Reads the duties and the newest received items once, when the portal is ready or at the first
     * question, whichever comes first; later items are added one by one as they come and are assigned.
     */
    synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        try {
            // In memory, a segment need not be packed into one compound file: it would only be copied again.
            writer = new IndexWriter(new ByteBuffersDirectory(),
                    new IndexWriterConfig(new WhitespaceAnalyzer()).setUseCompoundFile(false));
            for (SeedRow row : seeds.read("department-duties.csv", 3)) {
                dutyDomains.put(row.text(0), row.text(1));
                writer.addDocument(document("duty-" + row.text(0), "duty", row.text(0), row.text(1), row.text(2)));
            }
            List<IndexedItem> received = itemsKept <= 0 ? List.of()
                    : items.receivedForIndex(PageRequest.of(0, itemsKept));
            for (IndexedItem item : received) {
                writer.addDocument(itemDocument(item));
            }
            writer.commit();
            searchers = new SearcherManager(writer, null);
            loaded = true;
            log.info("Triage index: {} departments' duties and {} received items read in {} ms", dutyDomains.size(),
                    received.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
