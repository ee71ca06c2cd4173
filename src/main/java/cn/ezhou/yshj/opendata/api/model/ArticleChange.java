package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.AnswerOutcome;
import cn.ezhou.yshj.consultation.ArticleChangeView;
import cn.ezhou.yshj.consultation.CommentRecord;
import cn.ezhou.yshj.consultation.text.ChangeKind;
import cn.ezhou.yshj.consultation.text.DiffSegment;
import cn.ezhou.yshj.consultation.text.DraftPart;
import java.util.List;

/**
 * One article of the issued text against the consulted draft: {@code draftLabel} is null for an
 * added article, {@code finalLabel} for a removed one; {@code diff} is the character diff of the
 * bodies; {@code answeredComments} the adopted or partly adopted comments the change answered.
 */
public record ArticleChange(ChangeKind kind, String draftLabel, String finalLabel, boolean renumbered,
                            List<DiffPart> diff, List<AnsweredComment> answeredComments) {

    /** A run of characters kept, inserted in the final text, or deleted from the draft. */
    public record DiffPart(DiffSegment.Op op, String text) {
    }

    /** A comment the change answered, attributed as in the feedback report. */
    public record AnsweredComment(long id, String author, String body, AnswerOutcome outcome) {
    }

    public static ArticleChange of(ArticleChangeView view) {
        var c = view.change();
        return new ArticleChange(c.kind(), label(c.draft()), label(c.fin()), c.renumbered(),
                c.segments().stream().map(s -> new DiffPart(s.op(), s.text())).toList(),
                view.answeredComments().stream().map(ArticleChange::answered).toList());
    }

    private static AnsweredComment answered(CommentRecord c) {
        return new AnsweredComment(c.id(), c.author(), c.body(), c.outcome());
    }

    private static String label(DraftPart part) {
        return part == null ? null : part.displayLabel();
    }
}
