package cn.ezhou.yshj.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments that say the same thing on one article are grouped; different articles and different points are not. */
class CommentGroupTest {

    private static long ids;

    private static CommentRecord comment(Long partId, String body) {
        long id = ++ids;
        return new CommentRecord(id, 0, partId, partId == null ? null : "第" + partId + "条", "商会" + id, null, body, null,
                false, false, Instant.EPOCH, Instant.EPOCH, null, null, null);
    }

    @Test
    void alike_comments_on_one_article_form_a_group_with_the_words_they_share() {
        CommentRecord a = comment(3L, "冷链仓储补贴标准偏低，建议提高到每平方米八十元。");
        CommentRecord b = comment(3L, "建议将冷链仓储补贴标准提高到每平方米八十元。");
        CommentRecord c = comment(3L, "第三条冷链仓储补贴标准太低，建议提高补贴标准。");
        CommentRecord other = comment(3L, "申报材料应允许电子签章，不再要求纸质盖章件。");
        CommentRecord sameWordsOtherArticle = comment(5L, "冷链仓储补贴标准偏低，建议提高到每平方米八十元。");
        List<CommentGroup> groups = CommentGroup.of(List.of(a, other, b, sameWordsOtherArticle, c));

        CommentGroup grouped = groups.stream().filter(g -> g.comments().size() > 1).findFirst().orElseThrow();
        assertThat(grouped.comments()).containsExactly(a, b, c);
        assertThat(grouped.partId()).isEqualTo(3L);
        assertThat(grouped.sharedTerms()).contains("仓储", "补贴", "标准");
        assertThat(groups).filteredOn(g -> g.comments().size() == 1).extracting(g -> g.comments().getFirst())
                .containsExactly(other, sameWordsOtherArticle);
        assertThat(groups.stream().mapToInt(g -> g.comments().size()).sum()).isEqualTo(5);
    }

    @Test
    void comments_without_words_in_common_or_without_words_stay_alone() {
        CommentRecord a = comment(null, "同意。");
        CommentRecord b = comment(null, "。。。");
        CommentRecord c = comment(null, "建议延长征求意见期限。");
        assertThat(CommentGroup.of(List.of(a, b, c))).allSatisfy(g -> assertThat(g.comments()).hasSize(1));
        assertThat(CommentGroup.of(List.of())).isEmpty();
    }
}
