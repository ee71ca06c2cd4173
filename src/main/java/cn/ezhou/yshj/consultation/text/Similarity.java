package cn.ezhou.yshj.consultation.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Character similarity of two texts, 2·LCS/(|a|+|b|), used to pair draft and final articles. The
 * longest common subsequence is counted bit-parallel (Allison–Dix / Hyyrö), 64 characters of
 * {@code a} per machine word, so comparing every draft article with every final one stays cheap.
 */
final class Similarity {

    private Similarity() {
    }

    /** 1 for equal texts (also both empty), 0 when nothing is shared or the lengths exclude {@code floor}. */
    static double of(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1;
        }
        int total = a.length() + b.length();
        if (2.0 * Math.min(a.length(), b.length()) / total < floor) {
            return 0;          // even a full overlap of the shorter text could not reach the floor
        }
        return 2.0 * lcsLength(a, b) / total;
    }

    static int lcsLength(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int words = (a.length() + 63) >>> 6;
        Map<Character, long[]> masks = new HashMap<>();
        for (int i = 0; i < a.length(); i++) {
            masks.computeIfAbsent(a.charAt(i), c -> new long[words])[i >>> 6] |= 1L << (i & 63);
        }
        long[] none = new long[words];
        long[] v = new long[words];
        java.util.Arrays.fill(v, -1L);
        for (int j = 0; j < b.length(); j++) {
            long[] match = masks.getOrDefault(b.charAt(j), none);
            long carry = 0;
            for (int w = 0; w < words; w++) {
                long u = v[w] & match[w];
                long sum = v[w] + u;
                long next = Long.compareUnsigned(sum, v[w]) < 0 ? 1 : 0;
                long withCarry = sum + carry;
                if (Long.compareUnsigned(withCarry, sum) < 0) {
                    next = 1;
                }
                carry = next;
                v[w] = withCarry | (v[w] & ~match[w]);
            }
        }
        int zeros = 0;
        for (int i = 0; i < a.length(); i++) {
            if ((v[i >>> 6] & (1L << (i & 63))) == 0) {
                zeros++;
            }
        }
        return zeros;
    }
}
