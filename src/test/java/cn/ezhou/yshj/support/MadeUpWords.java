package cn.ezhou.yshj.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words for search tests: a made-up Latin word is one token for the Chinese analyzer and stands in
 * no other test's text, so the records of other tests in the shared database cannot match it.
 */
public final class MadeUpWords {

    private MadeUpWords() {
    }

    /** "zq" and eight random lower-case letters. */
    public static String tag() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** The same lower-case letters in their full-width forms (ａ–ｚ). */
    public static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        ascii.chars().forEach(c -> s.append((char) (c - 'a' + 'ａ')));
        return s.toString();
    }
}
