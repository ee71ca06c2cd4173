package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.base.seed.SeedRow;
import cn.ezhou.yshj.submission.TriageAdvice;
import cn.ezhou.yshj.submission.TriageAdvice.DepartmentSuggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * The triage advice's memory: each department's duties (from {@code seeds/department-duties.csv})
 * and the office's own routing decisions, in an in-memory Lucene index with the Chinese analyzer.
 * An item's words are matched against both: the departments that led its nearest earlier items
 * get one vote each, weighted by closeness, and the department whose duties share its words gets
 * a weight of its own, so a young portal with few decisions still gets a useful answer.
 * Decided on in docs/decisions/0027.
 */
@Component
public class RoutingIndex {

    private static final Logger log = LoggerFactory.getLogger(RoutingIndex.class);
    /** Only the opening of a long text is read: the subject of an item is stated at its start. */
    private static final int MAX_CHARS = 4000;
    private static final int MAX_TERMS = 200;
    private static final int SUGGESTIONS = 3;
    private static final int REASON_TERMS = 5;

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final SubmissionRepository items;
    private final SeedFiles seeds;
    private final int decisionsKept;
    /** Nearest earlier items that vote. */
    private final int neighbourCount;
    /** What the best-matching duties weigh against the neighbours' votes (the nearest counts 1). */
    private final double dutyWeight;
    /** How sharply a vote falls with distance: (score / best score) to this power. */
    private final double closenessPower;
    private final Map<String, String> dutyDomains = new HashMap<>();
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean loaded;

    RoutingIndex(SubmissionRepository items, SeedFiles seeds,
                 @Value("${portal.triage.decisions-kept:50000}") int decisionsKept,
                 @Value("${portal.triage.neighbours:20}") int neighbourCount,
                 @Value("${portal.triage.duty-weight:2.5}") double dutyWeight,
                 @Value("${portal.triage.closeness-power:1}") double closenessPower) {
        this.items = items;
        this.neighbourCount = neighbourCount;
        this.dutyWeight = dutyWeight;
        this.closenessPower = closenessPower;
        this.seeds = seeds;
        this.decisionsKept = decisionsKept;
    }

    /** The advice for an item's words, leaving out the item itself (id 0 for a text not yet saved). */
    public TriageAdvice suggest(String text, long excludeId) {
        ensureLoaded();
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return TriageAdvice.NONE;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.forEach(t -> words.add(new TermQuery(new Term("text", t)), Occur.SHOULD));
        Query anyWord = words.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return advise(searcher, anyWord, terms, excludeId);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces one decision; visible to the next advice. */
    public void learn(RoutingDecision decision) {
        ensureLoaded();
        try {
            writer.updateDocument(new Term("id", "item-" + decision.id()), itemDocument(decision));
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TriageAdvice advise(IndexSearcher searcher, Query anyWord, Set<String> terms, long excludeId)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Double> weight = new HashMap<>();
        Map<String, Integer> led = new HashMap<>();
        Map<String, Set<String>> shared = new HashMap<>();
        Map<String, Double> domains = new HashMap<>();
        Set<String> dutyMatches = new LinkedHashSet<>();

        TopDocs neighbours = searcher.search(only(anyWord, "item", excludeId), neighbourCount);
        for (ScoreDoc hit : neighbours.scoreDocs) {
            Document doc = stored.document(hit.doc);
            String unit = doc.get("unit");
            double closeness = Math.pow(hit.score / neighbours.scoreDocs[0].score, closenessPower);
            weight.merge(unit, closeness, Double::sum);
            led.merge(unit, 1, Integer::sum);
            share(shared, unit, doc, terms);
            if (doc.get("domain") != null) {
                domains.merge(doc.get("domain"), closeness, Double::sum);
            }
        }
        TopDocs duties = searcher.search(only(anyWord, "duty", 0), SUGGESTIONS * 2);
        for (ScoreDoc hit : duties.scoreDocs) {
            Document doc = stored.document(hit.doc);
            String unit = doc.get("unit");
            weight.merge(unit, dutyWeight * hit.score / duties.scoreDocs[0].score, Double::sum);
            dutyMatches.add(unit);
            share(shared, unit, doc, terms);
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

    private static Query only(Query anyWord, String kind, long excludeId) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(anyWord, Occur.MUST)
                .add(new TermQuery(new Term("kind", kind)), Occur.FILTER);
        if (excludeId > 0) {
            query.add(new TermQuery(new Term("id", "item-" + excludeId)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The item's words this document also has, in the item's order. */
    private static void share(Map<String, Set<String>> shared, String unit, Document doc, Set<String> terms) {
        Set<String> own = Set.of(doc.get("terms").split(" "));
        Set<String> common = shared.computeIfAbsent(unit, u -> new LinkedHashSet<>());
        terms.stream().filter(own::contains).forEach(common::add);
    }

    /**
     * The words an advice matches on: the analyzer's tokens of the text made half-width (NFKC) and
     * lower case, without one-character tokens, which in Chinese are mostly particles and noise.
     */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String normal = Normalizer.normalize(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text,
                Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        try (TokenStream tokens = analyzer.tokenStream("text", normal)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                if (term.length() > 1) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private Document itemDocument(RoutingDecision decision) {
        return document("item-" + decision.id(), "item", decision.leadUnit(), decision.domainCode(),
                decision.title() + "\n" + decision.body());
    }

    private Document document(String id, String kind, String unit, String domain, String text) {
        String normal = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StringField("kind", kind, Field.Store.NO));
        doc.add(new StringField("unit", unit, Field.Store.YES));
        if (domain != null) {
            doc.add(new StoredField("domain", domain));
        }
        Set<String> terms = terms(normal); // analysed once here; the writer only splits them at the spaces
        doc.add(new TextField("text", String.join(" ", terms), Field.Store.NO));
        doc.add(new StoredField("terms", String.join(" ", terms)));
        return doc;
    }

    /**
     * Reads the duties and the newest decisions once, on first use or when the portal is ready,
     * whichever comes first; later decisions are added one by one as the office makes them.
     */
    synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new WhitespaceAnalyzer()));
            for (SeedRow row : seeds.read("department-duties.csv", 3)) {
                dutyDomains.put(row.text(0), row.text(1));
                writer.addDocument(document("duty-" + row.text(0), "duty", row.text(0), row.text(1), row.text(2)));
            }
            List<RoutingDecision> decisions = decisionsKept <= 0 ? List.of()
                    : items.routingDecisions(PageRequest.of(0, decisionsKept));
            for (RoutingDecision decision : decisions) {
                writer.addDocument(itemDocument(decision));
            }
            writer.commit();
            searchers = new SearcherManager(writer, null);
            loaded = true;
            log.info("Triage advice: {} departments' duties and {} routing decisions read in {} ms", dutyDomains.size(),
                    decisions.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
