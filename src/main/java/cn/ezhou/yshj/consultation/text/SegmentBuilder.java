package cn.ezhou.yshj.consultation.text;

import cn.ezhou.yshj.consultation.text.DiffSegment.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * Diff segments under construction, so that a diff reads as kept text and edits: adjacent runs of
 * the same kind are merged and each run of edits is kept as one deletion followed by one insertion.
 */
final class SegmentBuilder {

    private final List<DiffSegment> done = new ArrayList<>();
    private final StringBuilder equal = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    void add(Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (op == Op.EQUAL) {
            flushEdits();
            equal.append(text);
        } else {
            flushEqual();
            (op == Op.DELETED ? deleted : inserted).append(text);
        }
    }

    /** The segments, with every equality no longer than the edits on both its sides folded into them. */
    List<DiffSegment> cleanedUp() {
        flushEqual();
        flushEdits();
        List<DiffSegment> segments = List.copyOf(done);
        while (true) {
            SegmentBuilder again = new SegmentBuilder();
            boolean folded = false;
            for (int k = 0; k < segments.size(); k++) {
                DiffSegment s = segments.get(k);
                int len = s.text().length();
                if (s.op() == Op.EQUAL && k > 0 && k < segments.size() - 1
                        && len <= edits(segments, k, -1) && len <= edits(segments, k, 1)) {
                    again.add(Op.DELETED, s.text());
                    again.add(Op.INSERTED, s.text());
                    folded = true;
                } else {
                    again.add(s.op(), s.text());
                }
            }
            again.flushEqual();
            again.flushEdits();
            if (!folded) {
                return segments;
            }
            segments = List.copyOf(again.done);
        }
    }

    /** The longer of the deletion and insertion next to {@code k} in direction {@code step}. */
    private static int edits(List<DiffSegment> segments, int k, int step) {
        int longest = 0;
        for (int i = k + step; i >= 0 && i < segments.size() && segments.get(i).op() != Op.EQUAL; i += step) {
            longest = Math.max(longest, segments.get(i).text().length());
        }
        return longest;
    }

    private void flushEqual() {
        if (!equal.isEmpty()) {
            done.add(new DiffSegment(Op.EQUAL, equal.toString()));
            equal.setLength(0);
        }
    }

    private void flushEdits() {
        if (!deleted.isEmpty()) {
            done.add(new DiffSegment(Op.DELETED, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            done.add(new DiffSegment(Op.INSERTED, inserted.toString()));
            inserted.setLength(0);
        }
    }
}
