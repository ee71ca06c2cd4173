package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.support.MadeUpWords.tag;
import static cn.ezhou.yshj.support.MadeUpWords.fullWidth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.TextHit;
import cn.ezhou.yshj.base.TextHits;
import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.CaseSearch;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public's keyword search of typical cases finds a published case by Chinese words of its title
 * or summary, full-width letters too, with the words marked; never one not yet published or
 * withdrawn, and never by the item's reference, which the public does not see.
 */
abstract class PublicCaseSearchContract extends SubmissionFlowTest {

    @Autowired TypicalCaseService cases;
    @Autowired CaseSearch search;

    @Test
    void the_public_finds_a_case_once_published_and_no_longer_once_withdrawn() {
        String tag = tag();
        SubmissionDetail closed = flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord c = cases.save(new TypicalCaseCommand(null, 0, closed.reference(), CaseKind.POSITIVE,
                "不动产登记一窗受理" + tag, "企业反映不动产登记需跑多个窗口，登记中心设立综合窗口后一次办结，" + tag + "材料不再重复提交。"));
        flow.actors.anonymous();
        assertThat(search.published(SearchWords.of(tag), 0, 20).hits()).as("not yet published").isEmpty();

        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord published = cases.publish(c.id(), c.version(), true);
        flow.actors.anonymous();
        TextHits hits = search.published(SearchWords.of("不动产登记 " + tag), 0, 20);
        assertThat(ids(hits)).containsExactly(c.id());
        TextHit hit = hits.hits().getFirst();
        assertThat(hit.title()).contains(MarkedWords.marked(tag));
        assertThat(hit.passages()).anyMatch(p -> p.contains(MarkedWords.marked(tag)));
        assertThat(hit.date()).isNotNull();
        assertThat(ids(search.published(SearchWords.of("综合窗口 " + fullWidth(tag)), 0, 20))).as("full width")
                .containsExactly(c.id());
        assertThat(search.published(SearchWords.of(closed.reference()), 0, 20).hits()).extracting(TextHit::id)
                .as("the item's reference is not public").doesNotContain(c.id());

        flow.as(SubmissionFlow.OFFICE);
        cases.publish(published.id(), published.version(), false);
        assertThat(search.published(SearchWords.of(tag), 0, 20).hits()).as("withdrawn, asked by the office").isEmpty();
    }

    private static List<Long> ids(TextHits hits) {
        return hits.hits().stream().map(TextHit::id).toList();
    }

}
