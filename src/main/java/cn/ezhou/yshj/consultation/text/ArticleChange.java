package cn.ezhou.yshj.consultation.text;

import java.util.List;

/**
 * One row of a draft-versus-final comparison, so the department can show commenters what became of
 * each article. {@code draft} is null for ADDED, {@code fin} null for REMOVED; both are given for
 * UNCHANGED (their labels may differ when only the number changed) and CHANGED. {@code segments}
 * is the character diff of the bodies: one EQUAL segment when unchanged, one INSERTED (DELETED)
 * segment for an added (removed) article; empty for an empty body.
 */
public record ArticleChange(ChangeKind kind, DraftPart draft, DraftPart fin, List<DiffSegment> segments) {

    public ArticleChange {
        segments = List.copyOf(segments);
    }

    /** True when an unchanged or changed article now has another label, e.g. 第五条 became 第六条. */
    public boolean renumbered() {
        return draft != null && fin != null && !java.util.Objects.equals(draft.label(), fin.label());
    }
}
