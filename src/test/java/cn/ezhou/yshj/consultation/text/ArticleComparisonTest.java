package cn.ezhou.yshj.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ezhou.yshj.consultation.text.DiffSegment.Op;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleComparisonTest {

    static final String DRAFT = """
            鄂州市优化营商环境若干规定（征求意见稿）
            第一章　总则
            第一条　为了持续优化营商环境，激发市场主体活力，结合本市实际，制定本规定。
            第二条　本规定适用于本市行政区域内的优化营商环境工作。
            第二章　政务服务
            第三条　政务服务事项应当纳入一体化政务服务平台办理。
            第四条　行政许可的办理时限为三十个工作日。
            第五条　本规定自发布之日起施行。
            """;

    static List<DraftPart> parts(String text) {
        return ArticleSplitter.split(text).parts();
    }

    @Test
    void an_identical_text_is_unchanged_throughout() {
        List<ArticleChange> changes = ArticleComparison.compare(parts(DRAFT), parts(DRAFT));

        assertThat(changes).hasSize(6).allMatch(c -> c.kind() == ChangeKind.UNCHANGED && !c.renumbered());
        assertThat(changes.get(1).segments()).containsExactly(new DiffSegment(Op.EQUAL, changes.get(1).draft().body()));
    }

    @Test
    void a_changed_article_shows_what_was_deleted_and_inserted() {
        String fin = DRAFT.replace("（征求意见稿）", "").replace("三十个工作日", "十五个工作日，情况复杂的可以延长");

        List<ArticleChange> changes = ArticleComparison.compare(parts(DRAFT), parts(fin));

        assertThat(changes).extracting(ArticleChange::kind).containsExactly(ChangeKind.CHANGED,
                ChangeKind.UNCHANGED, ChangeKind.UNCHANGED, ChangeKind.UNCHANGED, ChangeKind.CHANGED, ChangeKind.UNCHANGED);
        assertThat(changes.get(0).segments()).containsExactly(
                new DiffSegment(Op.EQUAL, "鄂州市优化营商环境若干规定"), new DiffSegment(Op.DELETED, "（征求意见稿）"));
        assertThat(changes.get(4).segments()).containsExactly(
                new DiffSegment(Op.EQUAL, "行政许可的办理时限为"),
                new DiffSegment(Op.DELETED, "三十"),
                new DiffSegment(Op.INSERTED, "十五"),
                new DiffSegment(Op.EQUAL, "个工作日"),
                new DiffSegment(Op.INSERTED, "，情况复杂的可以延长"),
                new DiffSegment(Op.EQUAL, "。"));
    }

    @Test
    void an_inserted_article_renumbers_the_following_ones_which_stay_unchanged() {
        String fin = DRAFT
                .replace("第四条　行政许可", "第四条　推行告知承诺制，申请人承诺符合条件的当场办理。\n第五条　行政许可")
                .replace("第五条　本规定自", "第六条　本规定自");

        List<ArticleChange> changes = ArticleComparison.compare(parts(DRAFT), parts(fin));

        assertThat(changes).extracting(ArticleChange::kind, c -> c.draft() == null ? null : c.draft().label(),
                c -> c.fin() == null ? null : c.fin().label()).containsExactly(
                tuple(ChangeKind.UNCHANGED, null, null),
                tuple(ChangeKind.UNCHANGED, "第一条", "第一条"),
                tuple(ChangeKind.UNCHANGED, "第二条", "第二条"),
                tuple(ChangeKind.UNCHANGED, "第三条", "第三条"),
                tuple(ChangeKind.ADDED, null, "第四条"),
                tuple(ChangeKind.UNCHANGED, "第四条", "第五条"),
                tuple(ChangeKind.UNCHANGED, "第五条", "第六条"));
        assertThat(changes.get(4).segments()).containsExactly(
                new DiffSegment(Op.INSERTED, "推行告知承诺制，申请人承诺符合条件的当场办理。"));
        assertThat(changes.get(5).renumbered()).isTrue();
    }

    @Test
    void a_long_regulation_with_similar_articles_keeps_every_article_paired_with_its_own() {
        StringBuilder draft = new StringBuilder("鄂州市社会信用条例（草案）\n");
        StringBuilder fin = new StringBuilder("鄂州市社会信用条例\n");
        for (int n = 1; n <= 123; n++) {
            String body = "市发展改革部门负责第" + n + "类信用信息的归集，依照本条例第五条的规定向社会公开。";
            draft.append("第").append(ChineseNumerals.format(n)).append("条　").append(body).append('\n');
            if (n == 10) {
                fin.append("第十条　信用修复申请应当在五个工作日内办结。\n");
            }
            fin.append("第").append(ChineseNumerals.format(n < 10 ? n : n + 1)).append("条　").append(body).append('\n');
        }

        List<ArticleChange> changes = ArticleComparison.compare(parts(draft.toString()), parts(fin.toString()));

        assertThat(changes).hasSize(125);
        assertThat(changes.get(10).kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(changes.subList(1, 125)).filteredOn(c -> c.kind() != ChangeKind.ADDED)
                .allMatch(c -> c.kind() == ChangeKind.UNCHANGED && c.draft().number() + (c.draft().number() < 10 ? 0 : 1) == c.fin().number());
    }

    @Test
    void a_removed_article_is_placed_where_it_stood() {
        String fin = DRAFT.replace("第三条　政务服务事项应当纳入一体化政务服务平台办理。\n", "")
                .replace("第四条　行政许可", "第三条　行政许可").replace("第五条　本规定", "第四条　本规定");

        List<ArticleChange> changes = ArticleComparison.compare(parts(DRAFT), parts(fin));

        assertThat(changes).extracting(ArticleChange::kind).containsExactly(ChangeKind.UNCHANGED,
                ChangeKind.UNCHANGED, ChangeKind.UNCHANGED, ChangeKind.REMOVED, ChangeKind.UNCHANGED, ChangeKind.UNCHANGED);
        assertThat(changes.get(3).draft().label()).isEqualTo("第三条");
        assertThat(changes.get(3).fin()).isNull();
        assertThat(changes.get(3).segments()).extracting(DiffSegment::op).containsExactly(Op.DELETED);
        assertThat(changes.get(4).fin().label()).isEqualTo("第三条");
    }

    @Test
    void a_rewritten_article_is_removed_and_a_new_one_added() {
        String fin = DRAFT.replace("政务服务事项应当纳入一体化政务服务平台办理。", "市场监管部门推行跨部门综合监管。");

        List<ArticleChange> changes = ArticleComparison.compare(parts(DRAFT), parts(fin));

        assertThat(changes).extracting(ArticleChange::kind).containsSubsequence(ChangeKind.REMOVED, ChangeKind.ADDED);
        assertThat(changes).hasSize(7);
    }

    @Test
    void two_whole_texts_are_compared_as_one() {
        List<ArticleChange> changes = ArticleComparison.compare(
                parts("关于征求意见的说明\n请于5月31日前反馈。"), parts("关于征求意见的说明\n请于6月15日前反馈。"));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(c.draft().kind()).isEqualTo(PartKind.WHOLE);
            assertThat(c.segments()).containsExactly(new DiffSegment(Op.EQUAL, "关于征求意见的说明\n请于"),
                    new DiffSegment(Op.DELETED, "5月31"), new DiffSegment(Op.INSERTED, "6月15"),
                    new DiffSegment(Op.EQUAL, "日前反馈。"));
        });
    }

    @Test
    void the_character_diff_rebuilds_both_texts_also_beyond_table_size() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 30, 200, 1500}) {
            String a = randomText(random, length), b = randomText(random, length + random.nextInt(50));

            List<DiffSegment> diff = CharDiff.diff(a, b);

            assertThat(rebuild(diff, Op.INSERTED)).isEqualTo(a);
            assertThat(rebuild(diff, Op.DELETED)).isEqualTo(b);
            assertThat(Similarity.lcsLength(a, b)).isEqualTo(lcsByTable(a, b));
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append("市场主体营商环境政务服务".charAt(random.nextInt(12)));
        }
        return s.toString();
    }

    private static String rebuild(List<DiffSegment> diff, Op skipped) {
        StringBuilder s = new StringBuilder();
        diff.stream().filter(d -> d.op() != skipped).forEach(d -> s.append(d.text()));
        return s.toString();
    }

    private static int lcsByTable(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }
}
