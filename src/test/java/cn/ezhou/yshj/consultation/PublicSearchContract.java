package cn.ezhou.yshj.consultation;

import static cn.ezhou.yshj.support.MadeUpWords.tag;
import static cn.ezhou.yshj.support.MadeUpWords.fullWidth;

import static cn.ezhou.yshj.consultation.ConsultationFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.MarkedWords;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.SearchWords;
import cn.ezhou.yshj.base.TextHit;
import cn.ezhou.yshj.base.TextHits;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The public's keyword search of consultations and policies finds what an anonymous visitor may
 * read, by Chinese words in the title, the explanation or summary and the articles, full-width
 * letters too, with the words marked; and never a consultation for chosen chambers only, one not yet
 * open, or a policy before its issue date — not even for a caller who could read them elsewhere.
 * Each test writes a made-up word of its own so other tests' records in the shared database cannot match.
 */
abstract class PublicSearchContract {

    @Autowired ConsultationSearch search;
    @Autowired ConsultationService consultations;
    @Autowired PolicyService policies;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    ConsultationFixture f;

    @BeforeEach
    void setUp() {
        at("2026-12-01");
        f = new ConsultationFixture(security, accounts, associations);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    @Test
    void the_public_finds_a_public_consultation_by_chinese_words_of_its_title_explanation_or_articles() {
        String tag = tag();
        f.as(DRAFTER);
        long id = consultations.open(consultation("冷链物流仓储补贴办法" + tag, "为降低冷链物流成本，起草本办法。",
                "第一条　对新建冷链仓储设施的企业，按" + tag + "标准给予补贴。", null, Set.of(), true));
        f.actors.anonymous();

        TextHits hits = search.consultations(SearchWords.of("冷链仓储 " + tag), 0, 20);
        assertThat(ids(hits)).containsExactly(id);
        TextHit hit = hits.hits().getFirst();
        assertThat(hit.title()).contains(MarkedWords.marked(tag));
        assertThat(hit.passages()).anyMatch(p -> p.contains(MarkedWords.marked(tag)));
        assertThat(hit.date()).isEqualTo(LocalDate.parse("2026-12-01"));

        assertThat(ids(search.consultations(SearchWords.of(fullWidth(tag) + "　冷链　物流"), 0, 20))).as("full width")
                .containsExactly(id);
        assertThat(ids(search.consultations(SearchWords.of("降低冷链物流成本 " + tag), 0, 20))).as("explanation")
                .containsExactly(id);

        String articleOnly = tag();
        f.as(DRAFTER);
        long byArticle = consultations.open(consultation("物流园区用地办法", "为保障物流用地，起草本办法。",
                "第一条　物流园区用地按" + articleOnly + "目录供应。", null, Set.of(), true));
        f.actors.anonymous();
        assertThat(search.consultations(SearchWords.of(articleOnly), 0, 20).hits()).as("the article, indexed after commit")
                .singleElement().satisfies(h -> {
                    assertThat(h.id()).isEqualTo(byArticle);
                    assertThat(h.title()).isEqualTo("物流园区用地办法");
                    assertThat(h.passages()).anyMatch(p -> p.contains(MarkedWords.marked(articleOnly)));
                });
    }

    @Test
    void a_consultation_for_chosen_chambers_only_is_never_found_not_even_by_its_audience() {
        String tag = tag();
        f.as(DRAFTER);
        long chambersOnly = consultations.open(consultation("冷链物流仓储补贴办法" + tag, "起草本办法。",
                "第一条　冷链仓储" + tag + "补贴。", null, Set.of("LOGISTICS"), false));
        long observersOnly = consultations.open(consultation("冷链物流仓储补贴办法" + tag, "起草本办法。",
                "第一条　冷链仓储" + tag + "补贴。", null, Set.of(), false));
        f.actors.anonymous();
        assertThat(search.consultations(SearchWords.of(tag), 0, 20).hits()).isEmpty();
        f.as(f.logistics);
        assertThat(consultations.detail(chambersOnly).title()).as("its audience reads it").contains(tag);
        assertThat(search.consultations(SearchWords.of(tag), 0, 20).hits()).as("but the public search holds it not").isEmpty();
        f.as(OFFICE);
        assertThat(ids(search.consultations(SearchWords.of("冷链仓储 " + tag), 0, 20)))
                .doesNotContain(chambersOnly, observersOnly);
    }

    @Test
    void a_public_consultation_announced_for_a_later_day_is_found_from_its_opening_day() {
        String tag = tag();
        f.as(DRAFTER);
        long later = consultations.open(consultation("港口物流收费目录" + tag, "起草本目录。", "第一条　港口收费" + tag + "。",
                LocalDate.parse("2026-12-05"), Set.of(), true));
        f.actors.anonymous();
        assertThat(search.consultations(SearchWords.of(tag), 0, 20).hits()).isEmpty();
        at("2026-12-05");
        assertThat(ids(search.consultations(SearchWords.of(tag), 0, 20))).containsExactly(later);
    }

    @Test
    void the_public_finds_an_issued_policy_by_its_words_but_not_before_its_issue_date() {
        String tag = tag();
        f.as(DRAFTER);
        long issued = policies.issue(policy("鄂州市冷链物流补贴办法" + tag, LocalDate.parse("2026-11-20"),
                "对新建冷链仓储设施给予补贴。", "第一条　冷库建设按" + tag + "标准补贴。"));
        long dated = policies.issue(policy("鄂州市港口物流办法" + tag, LocalDate.parse("2026-12-10"),
                "港口物流降费。", "第一条　港口收费" + tag + "。"));
        f.actors.anonymous();

        TextHits hits = search.policies(SearchWords.of(tag + " 仓储设施"), 0, 20);
        assertThat(ids(hits)).containsExactly(issued);
        assertThat(hits.hits().getFirst().title()).contains(MarkedWords.marked(tag));
        assertThat(hits.hits().getFirst().passages()).isNotEmpty().allMatch(p -> p.indexOf(MarkedWords.START) >= 0);
        assertThat(hits.hits().getFirst().date()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(ids(search.policies(SearchWords.of("冷库建设 " + fullWidth(tag)), 0, 20))).as("article, full width")
                .containsExactly(issued);
        assertThat(ids(search.policies(SearchWords.of(tag), 0, 20))).as("not issued before its date").containsExactly(issued);
        at("2026-12-10");
        assertThat(ids(search.policies(SearchWords.of(tag), 0, 20))).containsExactlyInAnyOrder(issued, dated);
    }

    @Test
    void no_words_find_nothing_and_too_many_are_refused() {
        f.actors.anonymous();
        assertThat(search.consultations(SearchWords.of("  "), 0, 20).hits()).isEmpty();
        assertThat(search.policies(SearchWords.none(), 0, 20).hits()).isEmpty();
        assertThat(search.policies(SearchWords.of("，。！？"), 0, 20).hits()).isEmpty();
        assertThatThrownBy(() -> SearchWords.of("营商环境".repeat(30))).isInstanceOf(Refusal.class)
                .hasMessage("search.error.tooLong");
    }

    private void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static OpenConsultation consultation(String title, String explanation, String article, LocalDate opensOn,
                                                 Set<String> tags, boolean pub) {
        return new OpenConsultation(title, DRAFT_UNIT, explanation, ArticleSplitter.split(article).parts(), opensOn,
                LocalDate.parse("2027-01-10"), null, tags, Set.of(), !pub && tags.isEmpty(), pub, null, null);
    }

    private static IssuePolicy policy(String title, LocalDate issuedOn, String summary, String article) {
        return new IssuePolicy(title, null, DRAFT_UNIT, issuedOn, true, Set.of(), false, summary,
                ArticleSplitter.split(article).parts(), null);
    }

    private static List<Long> ids(TextHits hits) {
        return hits.hits().stream().map(TextHit::id).toList();
    }

}
