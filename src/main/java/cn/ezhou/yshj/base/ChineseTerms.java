package cn.ezhou.yshj.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a Chinese (or mixed Chinese and ASCII) text, for matching one text with another:
 * made half-width (NFKC) and lower case, cut by Lucene's Chinese analyzer, without one-character
 * tokens (in Chinese mostly particles and noise) and without punctuation. Only the opening of a
 * long text is read: its subject is stated there.
 */
public final class ChineseTerms {

    public static final int MAX_CHARS = 4000;
    public static final int MAX_TERMS = 200;
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseTerms() {
    }

    /** The distinct words in the order they first appear; empty for a blank text. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String normal = Normalizer.normalize(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text,
                Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        try (TokenStream tokens = ANALYZER.tokenStream("text", normal)) {
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
}
