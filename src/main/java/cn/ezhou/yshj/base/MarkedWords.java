package cn.ezhou.yshj.base;

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

    /** The word as a search returns it marked, e.g. for a test to look for. */
    public static String marked(String word) {
        return START + word + END;
    }
}
