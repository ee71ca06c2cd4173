package cn.ezhou.yshj.base;

import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;

/**
 * How a search marks the words that matched in a passage: between {@link #START} and {@link #END},
 * private-use characters no typed text contains, so a screen can show them as marks without
 * reading any of the passage as markup.
 */
public final class MarkedWords {

    public static final char START = '\uE000';
    public static final char END = '\uE001';

    private MarkedWords() {
    }

    /**
     * Up to two passages of about 60 characters around the matched words, marked. The fast-vector
     * highlighter reads the words' places stored in the index rather than cutting the text again.
     */
    public static HighlighterFinalStep passages(SearchHighlighterFactory f) {
        return f.fastVector().tag(String.valueOf(START), String.valueOf(END))
                .fragmentSize(60).numberOfFragments(2).noMatchSize(0);
    }

    /** A title whole, marked (titles are short); nothing when no word matched it. */
    public static HighlighterFinalStep wholeTitle(SearchHighlighterFactory f) {
        return f.fastVector().fragmentSize(400).numberOfFragments(1).noMatchSize(0);
    }

    /** A highlight projection's value as its marked fragments; none when there is none. */
    @SuppressWarnings("unchecked")
    public static List<String> fragments(Object projected) {
        return projected == null ? List.of() : (List<String>) projected;
    }

    /** The word as a search returns it marked, e.g. for a test to look for. */
    public static String marked(String word) {
        return START + word + END;
    }
}
