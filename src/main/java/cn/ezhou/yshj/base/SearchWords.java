package cn.ezhou.yshj.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;

/**
 * What a person typed into a search box, made fit for the index: half-width (NFKC, so ＡＢＣ１２３
 * and ABC123 are one word), spaces and punctuation between two Chinese characters dropped (不动产 登记
 * is 不动产登记: Chinese is written without spaces, so such a gap is a slip), runs of spaces made one.
 * A blank query is {@link #none()}; one longer than {@link #MAX_CHARS} is refused with a message,
 * not cut silently, so the person knows their words were not all searched.
 */
public record SearchWords(String text) {

    public static final int MAX_CHARS = 100;
    /** The analyzer every indexed text field and every query uses (see the search module). */
    public static final String CHINESE = "chinese";

    private static final Pattern GAP_IN_CHINESE = Pattern.compile(
            "(?<=\\p{IsHan})[\\s\\p{P}\\p{S}]+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Analyzer ANALYZER = new ChineseAnalyzer();

    public static SearchWords none() {
        return new SearchWords("");
    }

    /** The query as typed; refused (search.error.tooLong) beyond {@value #MAX_CHARS} characters. */
    public static SearchWords of(String typed) {
        if (typed == null || typed.isBlank()) {
            return none();
        }
        String half = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (half.length() > MAX_CHARS) {
            throw new Refusal("search.error.tooLong", MAX_CHARS);
        }
        String joined = GAP_IN_CHINESE.matcher(half).replaceAll("");
        return new SearchWords(SPACES.matcher(joined).replaceAll(" "));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The distinct words as the index cuts them; empty for punctuation alone. */
    public List<String> terms() {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = ANALYZER.tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /**
     * How many of {@code n} words a text must hold to be found: all of one or two, three in four of
     * more, so one mistyped word among many does not empty the list.
     */
    public static int required(int n) {
        return n <= 2 ? n : (int) Math.ceil(n * 0.75);
    }

    /**
     * The words as one predicate over the given fields: each word may be in any of them (a title
     * word and a text word find the item together), and {@link #required} of them must be there.
     */
    public PredicateFinalStep predicate(TypedSearchPredicateFactory<?> f, String... fields) {
        List<String> terms = terms();
        if (terms.isEmpty()) {
            return f.matchNone();
        }
        var all = f.bool();
        for (String term : terms) {
            all.should(f.match().fields(fields).matching(term));
        }
        return all.minimumShouldMatchNumber(required(terms.size()));
    }
}
