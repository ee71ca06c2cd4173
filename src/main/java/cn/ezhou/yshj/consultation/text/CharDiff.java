package cn.ezhou.yshj.consultation.text;

import cn.ezhou.yshj.consultation.text.DiffSegment.Op;
import java.util.List;

/**
 * Character-level diff of an article's draft and final body. The longest common subsequence is
 * found in O(n·m) time — with a full table for article-sized middles, by Hirschberg's linear-space
 * split beyond that — after the common prefix and suffix are cut off. Small equalities caught
 * between edits (the 十 of 三十 → 十五) are folded into the edits so that the result reads well.
 */
final class CharDiff {

    private static final long TABLE_LIMIT = 1L << 20;

    private CharDiff() {
    }

    static List<DiffSegment> diff(String a, String b) {
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        SegmentBuilder out = new SegmentBuilder();
        out.add(Op.EQUAL, a.substring(0, prefix));
        align(a, prefix, a.length() - suffix, b, prefix, b.length() - suffix, out);
        out.add(Op.EQUAL, a.substring(a.length() - suffix));
        return out.cleanedUp();
    }

    private static void align(String a, int a0, int a1, String b, int b0, int b1, SegmentBuilder out) {
        int n = a1 - a0, m = b1 - b0;
        if (n == 0 || m == 0) {
            out.add(Op.DELETED, a.substring(a0, a1));
            out.add(Op.INSERTED, b.substring(b0, b1));
        } else if ((long) n * m <= TABLE_LIMIT) {
            table(a.substring(a0, a1), b.substring(b0, b1), out);
        } else {
            int mid = a0 + n / 2;
            int[] fwd = new int[m + 1];      // fwd[k] = LCS(a[a0, mid), b[b0, b0 + k))
            for (int i = a0; i < mid; i++) {
                for (int k = 1, diag = 0; k <= m; k++) {
                    int up = fwd[k];
                    fwd[k] = a.charAt(i) == b.charAt(b0 + k - 1) ? diag + 1 : Math.max(up, fwd[k - 1]);
                    diag = up;
                }
            }
            int[] bwd = new int[m + 1];      // bwd[k] = LCS(a[mid, a1), b[b0 + k, b1))
            for (int i = a1 - 1; i >= mid; i--) {
                for (int k = m - 1, diag = 0; k >= 0; k--) {
                    int down = bwd[k];
                    bwd[k] = a.charAt(i) == b.charAt(b0 + k) ? diag + 1 : Math.max(down, bwd[k + 1]);
                    diag = down;
                }
            }
            int split = 0;
            for (int k = 1; k <= m; k++) {
                if (fwd[k] + bwd[k] > fwd[split] + bwd[split]) {
                    split = k;
                }
            }
            align(a, a0, mid, b, b0, b0 + split, out);
            align(a, mid, a1, b, b0 + split, b1, out);
        }
    }

    private static void table(String a, String b, SegmentBuilder out) {
        int n = a.length(), m = b.length(), w = m + 1;
        int[] lcs = new int[(n + 1) * w];    // lcs[i * w + j] = LCS(a[i..], b[j..])
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * w + j] = a.charAt(i) == b.charAt(j) ? lcs[(i + 1) * w + j + 1] + 1
                        : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
            }
        }
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.charAt(i) == b.charAt(j)) {
                out.add(Op.EQUAL, a.substring(i++, i));
                j++;
            } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                out.add(Op.DELETED, a.substring(i++, i));
            } else {
                out.add(Op.INSERTED, b.substring(j++, j));
            }
        }
        out.add(Op.DELETED, a.substring(i));
        out.add(Op.INSERTED, b.substring(j));
    }
}
