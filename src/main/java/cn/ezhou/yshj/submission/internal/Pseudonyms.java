package cn.ezhou.yshj.submission.internal;

import java.security.SecureRandom;

/**
 * The name a department sees for a submitter who did not disclose it: drawn afresh for each item,
 * so the items of one person cannot be linked by it (a number per account could be). The office
 * sees the name beside it; nothing else is derived from it, so two items sharing one by chance
 * harm nothing.
 */
public final class Pseudonyms {

    /** No 0/O, 1/I/L: read aloud or copied by hand without mistakes. */
    private static final char[] LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    /** E.g. {@code GCY-7KQ2MD} for an observer's item, {@code SH-…} for an association's. */
    public static String next(String prefix) {
        StringBuilder s = new StringBuilder(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            s.append(LETTERS[RANDOM.nextInt(LETTERS.length)]);
        }
        return s.toString();
    }
}
