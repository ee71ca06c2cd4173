package cn.ezhou.yshj.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {

    static final String MEASURES = """
            鄂州市优化营商环境若干规定（征求意见稿）\r
            　　为持续优化营商环境，激发市场主体活力，结合本市实际，制定本规定。\r
            \r
            第一章　总则\r
            第一条　为了持续优化营商环境，根据《优化营商环境条例》等法律法规，结合本市实际，制定本规定。\r
            第二条 本规定适用于本市行政区域内的优化营商环境工作。　\r
            第二章　市场主体保护\r
            第一节　平等保护\r
            第三条依法平等保护各类市场主体的合法权益。\r
            　　任何单位不得违法设置市场准入条件。\r
            第二节　涉企检查\r
            第四条　行政机关开展涉企检查，应当制定年度检查计划。\r
            第五条　同一部门对同一市场主体的检查，原则上每年不超过一次，\r
            第四条规定的专项检查除外。\r
            第三章　附　则\r
            第六条　本规定自2025年1月1日起施行。\r
            """;

    @Test
    void a_realistic_text_splits_into_preamble_chapters_sections_and_articles() {
        SplitResult result = ArticleSplitter.split(MEASURES);

        assertThat(result.structured()).isTrue();
        assertThat(result.parts()).extracting(DraftPart::kind, DraftPart::number, DraftPart::label, DraftPart::title)
                .containsExactly(
                        tuple(PartKind.PREAMBLE, null, null, null),
                        tuple(PartKind.CHAPTER, 1, "第一章", "总则"),
                        tuple(PartKind.ARTICLE, 1, "第一条", null),
                        tuple(PartKind.ARTICLE, 2, "第二条", null),
                        tuple(PartKind.CHAPTER, 2, "第二章", "市场主体保护"),
                        tuple(PartKind.SECTION, 1, "第一节", "平等保护"),
                        tuple(PartKind.ARTICLE, 3, "第三条", null),
                        tuple(PartKind.SECTION, 2, "第二节", "涉企检查"),
                        tuple(PartKind.ARTICLE, 4, "第四条", null),
                        tuple(PartKind.ARTICLE, 5, "第五条", null),
                        tuple(PartKind.CHAPTER, 3, "第三章", "附　则"),
                        tuple(PartKind.ARTICLE, 6, "第六条", null));
        assertThat(result.parts().get(0).body()).isEqualTo(
                "鄂州市优化营商环境若干规定（征求意见稿）\n为持续优化营商环境，激发市场主体活力，结合本市实际，制定本规定。");
        assertThat(result.parts().get(3).body()).isEqualTo("本规定适用于本市行政区域内的优化营商环境工作。");
        assertThat(result.parts().get(6).body()).isEqualTo("依法平等保护各类市场主体的合法权益。\n任何单位不得违法设置市场准入条件。");
        assertThat(result.parts().get(4).displayLabel()).isEqualTo("第二章 市场主体保护");
        assertThat(result.parts().get(6).displayLabel()).isEqualTo("第三条");
        assertThat(result.parts().get(0).displayLabel()).isEmpty();
        assertThat(result.parts()).filteredOn(DraftPart::commentable).hasSize(7);
        assertThat(result.parts()).filteredOn(p -> !p.commentable()).allMatch(p -> p.body().isEmpty());
    }

    @Test
    void an_article_quoting_another_article_is_not_split() {
        List<DraftPart> parts = ArticleSplitter.split(MEASURES).parts();

        assertThat(parts.get(9).body())
                .isEqualTo("同一部门对同一市场主体的检查，原则上每年不超过一次，\n第四条规定的专项检查除外。");
    }

    @Test
    void a_continuation_line_referring_to_the_next_number_stays_in_its_article() {
        String text = """
                第四条　申请人对依照第五条作出的决定不服的，可以依法申请复议。
                第五条规定的情形除外。
                第五条　本规定自公布之日起施行。
                """;

        List<DraftPart> parts = ArticleSplitter.split(text).parts();

        assertThat(parts).extracting(DraftPart::label).containsExactly("第四条", "第五条");
        assertThat(parts.get(0).body()).endsWith("\n第五条规定的情形除外。");
        assertThat(parts.get(1).body()).isEqualTo("本规定自公布之日起施行。");
    }

    @Test
    void supplementary_provisions_stand_alone_or_as_a_chapter() {
        String text = "第一条　目的。\n第二条　范围。\n附　则\n第三条　本规定由市发展改革委负责解释。";

        List<DraftPart> parts = ArticleSplitter.split(text).parts();

        assertThat(parts).extracting(DraftPart::kind, DraftPart::displayLabel).containsExactly(
                tuple(PartKind.ARTICLE, "第一条"), tuple(PartKind.ARTICLE, "第二条"),
                tuple(PartKind.SUPPLEMENTARY, "附则"), tuple(PartKind.ARTICLE, "第三条"));
        assertThat(ArticleSplitter.split("第一章 总则\n第一条 目的。\n第二章 附则\n第二条 施行。").parts().get(2))
                .isEqualTo(DraftPart.heading(PartKind.CHAPTER, 2, "第二章", "附则"));
    }

    @Test
    void articles_up_to_one_hundred_twenty_three_are_found() {
        StringBuilder text = new StringBuilder("鄂州市社会信用条例（草案）\n");
        for (int n = 1; n <= 123; n++) {
            text.append("第").append(ChineseNumerals.format(n)).append("条　")
                    .append("本条规定第").append(n).append("项事项，依照第五条执行。\n")
                    .append("第五条规定的情形除外。\n");
        }

        List<DraftPart> articles = ArticleSplitter.split(text.toString()).parts().subList(1, 124);

        assertThat(articles).allMatch(p -> p.kind() == PartKind.ARTICLE);
        assertThat(articles).extracting(DraftPart::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 123).boxed().toList());
        assertThat(articles.get(9).label()).isEqualTo("第十条");
        assertThat(articles.get(104).label()).isEqualTo("第一百零五条");
        assertThat(articles.get(122).label()).isEqualTo("第一百二十三条");
        assertThat(articles.get(104).body()).isEqualTo("本条规定第105项事项，依照第五条执行。\n第五条规定的情形除外。");
    }

    @Test
    void arabic_article_numbers_are_understood() {
        List<DraftPart> parts = ArticleSplitter.split("第1条 总体要求。\n第2条 工作措施。\n第3条 附件。").parts();

        assertThat(parts).extracting(DraftPart::number, DraftPart::label, DraftPart::body).containsExactly(
                tuple(1, "第1条", "总体要求。"), tuple(2, "第2条", "工作措施。"), tuple(3, "第3条", "附件。"));
    }

    @Test
    void a_text_of_items_is_split_by_its_top_level_items() {
        String text = """
                鄂州市进一步优化营商环境若干措施（征求意见稿）
                为深入贯彻落实省委、省政府决策部署，制定如下措施。
                一、优化政务服务
                （一）推行“一网通办”。实现企业办事“最多跑一次”。
                （二）压缩审批时限。
                二、降低企业成本
                （三）落实减税降费政策。
                四、本措施自印发之日起施行。
                三、加强要素保障
                """;

        SplitResult result = ArticleSplitter.split(text);

        assertThat(result.structured()).isTrue();
        assertThat(result.parts()).extracting(DraftPart::kind, DraftPart::number, DraftPart::label).containsExactly(
                tuple(PartKind.PREAMBLE, null, null), tuple(PartKind.ARTICLE, 1, "一、"),
                tuple(PartKind.ARTICLE, 2, "二、"), tuple(PartKind.ARTICLE, 3, "三、"));
        assertThat(result.parts().get(1).body()).isEqualTo("优化政务服务\n（一）推行“一网通办”。实现企业办事“最多跑一次”。\n（二）压缩审批时限。");
        assertThat(result.parts().get(2).body()).isEqualTo("降低企业成本\n（三）落实减税降费政策。\n四、本措施自印发之日起施行。");
    }

    @Test
    void a_text_without_articles_or_items_stays_whole() {
        SplitResult result = ArticleSplitter.split("关于征求意见的说明\r\n\r\n　　请于5月31日前反馈意见。  \n");

        assertThat(result.structured()).isFalse();
        assertThat(result.parts()).containsExactly(DraftPart.whole("关于征求意见的说明\n请于5月31日前反馈意见。"));
        assertThat(result.parts().get(0).commentable()).isTrue();
        assertThat(ArticleSplitter.split("").parts()).containsExactly(DraftPart.whole(""));
    }

    @Test
    void joining_the_parts_and_splitting_again_gives_the_same_parts() {
        for (String text : List.of(MEASURES, "第1条 甲。\n附则\n第2条\n乙。", "标题\n一、甲\n（一）乙\n二、丙")) {
            List<DraftPart> parts = ArticleSplitter.split(text).parts();

            SplitResult again = ArticleSplitter.split(ArticleSplitter.join(parts));

            assertThat(again.structured()).isTrue();
            assertThat(again.parts()).isEqualTo(parts);
        }
    }
}
