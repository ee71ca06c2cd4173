package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.consultation.text.ArticleChange;
import java.util.List;

/** One article's change between draft and issued text, and the adopted comments it answered. */
public record ArticleChangeView(ArticleChange change, List<CommentRecord> answeredComments) {
}
