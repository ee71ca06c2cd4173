package cn.ezhou.yshj.consultation.text;

import cn.ezhou.yshj.consultation.text.DiffSegment.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the issued text of a policy with the draft put out for comment, article by article, so
 * commenters can see what became of each article. Inserting or removing an article renumbers the
 * ones after it, so articles are paired by content, not by number: an order-preserving alignment
 * (dynamic programming over both sequences) pairs two articles when their character similarity
 * is at least 0.5, or at least 0.3 under the same label, preferring more and closer pairs. The
 * preamble pairs with the preamble and a whole unstructured text with the other whole text.
 */
public final class ArticleComparison {

    static final double PAIR_SIMILARITY = 0.5;
    static final double SAME_LABEL_SIMILARITY = 0.3;

    private ArticleComparison() {
    }

    /** The changes in final-text order, each removed draft article placed where it stood. */
    public static List<ArticleChange> compare(List<DraftPart> draft, List<DraftPart> fin) {
        List<DraftPart> a = draft.stream().filter(DraftPart::commentable).toList();
        List<DraftPart> b = fin.stream().filter(DraftPart::commentable).toList();
        int n = a.size(), m = b.size();
        double[][] weight = new double[n][m];          // 0: the two may not pair
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                weight[i][j] = weight(a.get(i), b.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];    // best total weight aligning a[i..] with b[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                best[i][j] = Math.max(best[i + 1][j], best[i][j + 1]);
                if (weight[i][j] > 0) {
                    best[i][j] = Math.max(best[i][j], weight[i][j] + best[i + 1][j + 1]);
                }
            }
        }
        List<ArticleChange> changes = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && weight[i][j] > 0 && best[i][j] == weight[i][j] + best[i + 1][j + 1]) {
                changes.add(paired(a.get(i++), b.get(j++)));
            } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
                DraftPart removed = a.get(i++);
                changes.add(new ArticleChange(ChangeKind.REMOVED, removed, null, whole(Op.DELETED, removed)));
            } else {
                DraftPart added = b.get(j++);
                changes.add(new ArticleChange(ChangeKind.ADDED, null, added, whole(Op.INSERTED, added)));
            }
        }
        return changes;
    }

    /** 1 + similarity for parts that may pair (so more pairs beat closer ones), else 0. */
    private static double weight(DraftPart d, DraftPart f) {
        if (d.kind() != f.kind()) {
            return 0;
        }
        double similarity = Similarity.of(d.body(), f.body(), SAME_LABEL_SIMILARITY);
        boolean pairs = d.kind() != PartKind.ARTICLE
                || similarity >= PAIR_SIMILARITY
                || similarity >= SAME_LABEL_SIMILARITY && Objects.equals(d.label(), f.label());
        return pairs ? 1 + similarity : 0;
    }

    private static ArticleChange paired(DraftPart d, DraftPart f) {
        if (d.body().equals(f.body())) {
            return new ArticleChange(ChangeKind.UNCHANGED, d, f, whole(Op.EQUAL, d));
        }
        return new ArticleChange(ChangeKind.CHANGED, d, f, CharDiff.diff(d.body(), f.body()));
    }

    private static List<DiffSegment> whole(Op op, DraftPart part) {
        return part.body().isEmpty() ? List.of() : List.of(new DiffSegment(op, part.body()));
    }
}
