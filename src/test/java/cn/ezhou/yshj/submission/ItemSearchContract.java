package cn.ezhou.yshj.submission;

import static cn.ezhou.yshj.support.MadeUpWords.tag;
import static cn.ezhou.yshj.support.MadeUpWords.fullWidth;

import static cn.ezhou.yshj.submission.SubmissionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.search.BulkIndexing;
import cn.ezhou.yshj.search.SearchIndexService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Keyword search of items through the index, for each role within what it may see: words in the
 * title, text, reply and reference, marked where they matched; the filters; full-width and
 * mistyped spacing; plain answers to empty and overlong queries; and never an item outside the
 * searcher's scope. Each test writes a made-up word of its own so the items of other tests in the
 * shared database cannot match.
 */
abstract class ItemSearchContract extends SubmissionFlowTest {

    @Autowired
    ItemSearch search;
    @Autowired
    BulkIndexing bulk;
    @Autowired
    SearchIndexService index;

    @Test
    void the_office_finds_an_item_by_words_of_its_text_title_reply_or_reference_and_sees_them_marked() {
        String tag = tag();
        SubmissionDetail item = submit("不动产登记办理拖延", "公司厂房不动产登记资料齐全，窗口要求补交" + tag + "证明，已拖延两个月。");
        flow.as(OFFICE);

        ItemHits hits = search.office(ItemQuery.words(tag), 0, 20);
        assertThat(hits.hits()).extracting(h -> h.item().id()).containsExactly(item.id());
        ItemHit hit = hits.hits().getFirst();
        assertThat(hit.passages()).anyMatch(p -> p.contains(MarkedWords.marked(tag)));
        assertThat(hit.item().submitterLabel()).as("the office sees the name").contains("(");

        assertThat(ids(search.office(ItemQuery.words(tag + " 不动产登记"), 0, 20))).contains(item.id());
        assertThat(ids(search.office(ItemQuery.words(item.reference()), 0, 20))).startsWith(item.id());
        assertThat(ids(search.office(ItemQuery.words(item.reference().toLowerCase()), 0, 20))).startsWith(item.id());
        assertThat(ids(search.office(ItemQuery.words("不动产 登 记 " + tag), 0, 20))).as("spacing slips").contains(item.id());
        assertThat(ids(search.office(ItemQuery.words(fullWidth(tag)), 0, 20))).as("full width").contains(item.id());
        assertThat(ids(search.office(ItemQuery.words("不动产登记，" + tag + "！"), 0, 20))).contains(item.id());
        assertThat(ids(search.office(ItemQuery.words("办理 " + tag), 0, 20))).as("a title word and a text word together")
                .containsExactly(item.id());
        assertThat(search.office(ItemQuery.words(tag + " 天然气"), 0, 20).hits()).as("two words: both needed").isEmpty();

        SubmissionDetail assigned = office.assign(item.id(), item.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        flow.as(LEAD);
        assigned = departments.sign(assigned.id(), assigned.version());
        String replyTag = tag();
        departments.reply(assigned.id(), assigned.version(), new ReplyCommand(ResultType.RESOLVED,
                "已协调登记中心，" + replyTag + "证明不再要求。"));
        flow.as(OFFICE);
        assertThat(ids(search.office(ItemQuery.words(replyTag), 0, 20))).containsExactly(item.id());
    }

    @Test
    void filters_narrow_the_office_s_search_and_the_order_can_be_chosen() {
        String tag = tag();
        SubmissionDetail first = submit("融资担保费率", tag + "融资担保费率偏高，小微企业难以承受。");
        SubmissionDetail second = submit("融资担保审批", tag + "融资担保审批材料繁多。");
        flow.as(OFFICE);
        ItemQuery words = ItemQuery.words(tag);
        assertThat(ids(search.office(words, 0, 20))).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(search.office(with(words, Order.NEWEST), 0, 20))).containsExactly(second.id(), first.id());
        assertThat(ids(search.office(with(words, Order.OLDEST), 0, 20))).containsExactly(first.id(), second.id());

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        assertThat(ids(search.office(received(words, today, today), 0, 20))).hasSize(2);
        assertThat(ids(search.office(received(words, today.plusDays(1), null), 0, 20))).isEmpty();
        assertThat(ids(search.office(received(words, null, today.minusDays(1)), 0, 20))).isEmpty();
        assertThat(ids(search.office(filtered(words, "ECQ", "MARKET", "PORTAL"), 0, 20))).hasSize(2);
        assertThat(ids(search.office(filtered(words, "LZHQ", null, null), 0, 20))).isEmpty();
        assertThat(ids(search.office(filtered(words, null, "SOCIAL", null), 0, 20))).isEmpty();
        assertThat(ids(search.office(filtered(words, null, null, "HOTLINE"), 0, 20))).isEmpty();

        SubmissionDetail assigned = office.assign(first.id(), first.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        ItemQuery overdue = new ItemQuery(words.words(), null, null, null, null, null, true, null, null, null, null);
        assertThat(ids(search.office(overdue, 0, 20))).isEmpty();
        clock.advance(java.time.Duration.ofDays(60));
        assertThat(ids(search.office(overdue, 0, 20))).containsExactly(assigned.id());
        assertThat(search.office(overdue, 0, 20).hits().getFirst().item().deadlineStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(ids(search.office(words.withUnit(LEAD_UNIT), 0, 20))).containsExactly(first.id());
    }

    @Test
    void a_department_finds_only_the_items_it_leads_or_helps_with_and_never_the_submitter_s_name() {
        String tag = tag();
        SubmissionDetail led = submit("园区道路破损", tag + "园区道路破损影响货车通行。");
        SubmissionDetail helped = submit("园区路灯不亮", tag + "园区路灯长期不亮。");
        SubmissionDetail elsewhere = submit("园区绿化", tag + "园区绿化带缺乏养护。");
        SubmissionDetail untriaged = submit("园区排水", tag + "园区排水不畅。");
        flow.as(OFFICE);
        office.assign(led.id(), led.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        office.assign(helped.id(), helped.version(), new AssignCommand("RSJ", List.of(LEAD_UNIT), false));
        office.assign(elsewhere.id(), elsewhere.version(), new AssignCommand("RSJ", List.of(), false));

        flow.as(LEAD);
        ItemHits mine = search.department(ItemQuery.words(tag), 0, 20);
        assertThat(ids(mine)).containsExactlyInAnyOrder(led.id(), helped.id()).doesNotContain(elsewhere.id(), untriaged.id());
        assertThat(mine.hits()).allMatch(h -> !h.item().submitterLabel().contains("("));
        assertThat(ids(search.department(ItemQuery.words(tag).withUnit("RSJ"), 0, 20))).containsExactly(helped.id());

        flow.as(OTHER_DEPT);
        assertThat(ids(search.department(ItemQuery.words(tag), 0, 20))).containsExactlyInAnyOrder(helped.id(), elsewhere.id());

        flow.as(OFFICE);
        SubmissionDetail back = office.assign(untriaged.id(), untriaged.version(), new AssignCommand("RSJ", List.of(), false));
        flow.as(OTHER_DEPT);
        back = departments.returnItem(back.id(), back.version(), "不属于本部门职责");
        flow.as(OFFICE);
        office.acceptReturn(back.id(), back.version(), null);
        flow.as(OTHER_DEPT);
        assertThat(ids(search.department(ItemQuery.words(tag), 0, 20))).as("returned: no longer its item")
                .doesNotContain(untriaged.id());
    }

    @Test
    void observers_and_associations_find_their_own_items_only_and_not_by_words_of_an_unapproved_reply() {
        String tag = tag();
        SubmissionDetail own = submit("电费结算", tag + "园区转供电加价。");
        flow.as(OTHER_OBSERVER);
        SubmissionDetail others = submissions.submit(new DraftCommand(token(), SubmissionType.COMPLAINT, "MARKET", "ECQ",
                "电费结算", tag + "转供电主体多收电费。", null, false));
        flow.as(SUBMITTER);
        SubmissionDetail draft = submissions.saveDraft(new DraftCommand(token(), SubmissionType.SUGGESTION, "MARKET",
                "ECQ", "草稿", tag + "尚未提交的草稿。", null, false));
        assertThat(ids(search.mine(ItemQuery.words(tag), 0, 20))).containsExactlyInAnyOrder(own.id(), draft.id())
                .doesNotContain(others.id());
        flow.as(ASSOCIATION);
        assertThat(ids(search.mine(ItemQuery.words(tag), 0, 20))).isEmpty();

        flow.as(OFFICE);
        SubmissionDetail d = office.assign(own.id(), own.version(), new AssignCommand(LEAD_UNIT, List.of(), false));
        flow.as(LEAD);
        d = departments.sign(d.id(), d.version());
        String replyTag = tag();
        departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, replyTag + "已核减电费。"));
        flow.as(SUBMITTER);
        assertThat(ids(search.mine(ItemQuery.words(replyTag), 0, 20))).isEmpty();
    }

    @Test
    void empty_and_overlong_queries_get_a_plain_answer() {
        SubmissionDetail item = submit("物流园收费", tag() + "物流园乱收费。");
        flow.as(OFFICE);
        ItemHits all = search.office(ItemQuery.words("  "), 0, 5);
        assertThat(all.hits()).hasSizeBetween(1, 5);
        assertThat(all.total()).isPositive();
        assertThat(ids(search.office(ItemQuery.words(""), 0, 200))).as("empty: every item, newest first").startsWith(item.id());
        assertThat(search.office(ItemQuery.words("，。！？"), 0, 5).hits()).isEmpty();
        assertThatThrownBy(() -> ItemQuery.words("营商环境".repeat(2_500))).isInstanceOf(Refusal.class)
                .hasMessage("search.error.tooLong");
        assertThat(SearchWords.of("x".repeat(SearchWords.MAX_CHARS)).text()).hasSize(SearchWords.MAX_CHARS);
    }

    @Test
    void each_search_is_for_its_own_role_only() {
        flow.as(SUBMITTER);
        assertThatThrownBy(() -> search.office(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.department(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
        flow.as(LEAD);
        assertThatThrownBy(() -> search.office(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.mine(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
        flow.as(OFFICE);
        assertThatThrownBy(() -> search.department(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.mine(ItemQuery.words("退税"), 0, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_bulk_load_is_not_indexed_at_each_commit_and_is_found_once_it_is_done() {
        String tag = tag();
        SubmissionDetail loaded = bulk.whilePaused(() -> {
            SubmissionDetail item = submit("社保缴费系统掉线", "社保缴费系统" + tag + "频繁掉线，企业无法按时申报。");
            flow.as(OFFICE);
            assertThat(search.office(ItemQuery.words(tag), 0, 20).hits()).as("paused: not indexed at commit").isEmpty();
            return item;
        });
        assertThat(index.status().reason()).isEqualTo("search.index.reason.bulkLoad");
        assertThat(index.status().building()).as("the test profile rebuilds at once").isFalse();
        flow.as(OFFICE);
        assertThat(ids(search.office(ItemQuery.words(tag), 0, 20))).as("in the rebuilt index").containsExactly(loaded.id());

        String later = tag();
        SubmissionDetail after = submit("社保缴费系统卡顿", "社保缴费系统" + later + "卡顿。");
        flow.as(OFFICE);
        assertThat(ids(search.office(ItemQuery.words(later), 0, 20))).as("indexed at commit again")
                .containsExactly(after.id());
    }

    private SubmissionDetail submit(String title, String body) {
        flow.as(SUBMITTER);
        return submissions.submit(new DraftCommand(token(), SubmissionType.COMPLAINT, "MARKET", "ECQ", title, body,
                null, false));
    }

    private static List<Long> ids(ItemHits hits) {
        return hits.hits().stream().map(h -> h.item().id()).toList();
    }

    private static ItemQuery with(ItemQuery q, ItemQuery.Order order) {
        return new ItemQuery(q.words(), null, null, null, null, null, false, null, null, null, order);
    }

    private static ItemQuery received(ItemQuery q, LocalDate from, LocalDate to) {
        return new ItemQuery(q.words(), from, to, null, null, null, false, null, null, null, null);
    }

    private static ItemQuery filtered(ItemQuery q, String district, String domain, String channel) {
        return new ItemQuery(q.words(), null, null, district, domain, channel, false, null, null, null, null);
    }

    private static final class Order {
        static final ItemQuery.Order NEWEST = ItemQuery.Order.NEWEST;
        static final ItemQuery.Order OLDEST = ItemQuery.Order.OLDEST;
    }
}
