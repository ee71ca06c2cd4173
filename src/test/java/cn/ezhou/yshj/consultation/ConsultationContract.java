package cn.ezhou.yshj.consultation;

import static cn.ezhou.yshj.consultation.ConsultationFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.text.PartKind;
import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Race;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Consultations: the window, the audience, comments kept apart until the report, mandatory reasons, the watch. */
@RecordApplicationEvents
abstract class ConsultationContract {

    @Autowired ConsultationService consultations;
    @Autowired CommentDesk comments;
    @Autowired AnswerDesk answers;
    @Autowired ConsultationWatch watch;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

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

    void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    List<Notice> noticesTo(String username, String key) {
        return events.stream(Notice.class).filter(n -> n.recipients().contains(username) && n.messageKey().equals(key)).toList();
    }

    List<Notice> noticesAbout(long consultationId, String username, String key) {
        return noticesTo(username, key).stream().filter(n -> n.link().equals("consultations/" + consultationId)).toList();
    }

    long openForLogisticsAndCatering() {
        f.as(DRAFTER);
        return consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS", "CATERING"), false, false));
    }

    long article(long consultationId, String label) {
        return consultations.detail(consultationId).parts().stream().filter(p -> label.equals(p.part().label()))
                .findFirst().orElseThrow().id();
    }

    CommentRecord comment(String who, long id, Long partId, String text) {
        f.as(who);
        return comments.comment(id, new CommentCommand(partId, text, null, 40));
    }

    @Test
    void consultations_opened_at_the_same_moment_get_different_numbers() throws Exception {
        List<Callable<String>> racers = IntStream.range(0, 6).<Callable<String>>mapToObj(i -> () -> {
            f.as(DRAFTER);
            try {
                long id = consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false));
                return consultations.detail(id).reference();
            } finally {
                security.clearContext();
            }
        }).toList();
        List<String> numbers = Race.run(racers);
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("ZQ-2026-\\d{4}"));
        f.as(DRAFTER);
        long next = consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false));
        assertThat(consultations.detail(next).reference()).isGreaterThan(numbers.stream().max(String::compareTo).orElseThrow());
    }

    @Test
    void comments_are_refused_before_opening_and_after_closing() {
        f.as(DRAFTER);
        long id = consultations.open(open(LocalDate.parse("2026-12-03"), LocalDate.parse("2027-01-05"), null,
                Set.of("LOGISTICS"), false, false));
        assertThat(noticesTo(f.logistics, "notice.consultation.opened")).isEmpty();
        f.as(f.logistics);
        assertThat(consultations.detail(id).phase()).isEqualTo(ConsultationPhase.SCHEDULED);
        assertThatThrownBy(() -> comments.comment(id, new CommentCommand(null, "意见", null, null)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.notOpenYet");

        at("2026-12-03");
        watch.scheduled();
        watch.run();
        assertThat(noticesAbout(id, f.logistics, "notice.consultation.opened")).hasSize(1);
        CommentRecord mine = comment(f.logistics, id, article(id, "第三条"), "补贴标准偏低");
        CommentRecord edited = comments.edit(mine.id(), mine.version(), new CommentCommand(mine.partId(), "补贴标准偏低，建议提高", "每平方米八十元", 45));
        assertThat(edited.body()).isEqualTo("补贴标准偏低，建议提高");
        assertThat(edited.proposedWording()).isEqualTo("每平方米八十元");

        at("2027-01-05");
        comment(f.logistics, id, null, "截止当日仍可提出");
        at("2027-01-06");
        f.as(f.logistics);
        assertThatThrownBy(() -> comments.comment(id, new CommentCommand(null, "迟到的意见", null, null)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.windowClosed");
        assertThatThrownBy(() -> comments.edit(edited.id(), edited.version(), new CommentCommand(null, "改", null, null)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.windowClosed");
        assertThatThrownBy(() -> comments.withdraw(edited.id(), edited.version()))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.windowClosed");
        assertThat(comments.comments(id)).extracting(CommentRecord::body).contains("补贴标准偏低，建议提高");
    }

    @Test
    void the_open_list_shows_public_consultations_from_their_opening_day_the_same_to_everybody() {
        f.as(DRAFTER);
        long opened = consultations.open(open(null, LocalDate.parse("2026-12-31"), null, Set.of("LOGISTICS"), false, true));
        long announced = consultations.open(open(LocalDate.parse("2026-12-05"), LocalDate.parse("2027-01-05"), null,
                Set.of("LOGISTICS"), false, true));
        long addressed = consultations.open(open(null, LocalDate.parse("2026-12-31"), null, Set.of("LOGISTICS"), true, false));
        for (String who : List.of(OFFICE, DRAFTER, f.logistics)) {
            f.as(who);
            assertThat(openedToPublic()).as(who).contains(opened).doesNotContain(announced, addressed);
        }
        security.clearContext();
        assertThat(openedToPublic()).contains(opened).doesNotContain(announced, addressed);
        assertThat(consultations.openedToPublic(PageRequest.of(0, 1)).getContent()).as("newest first")
                .extracting(ConsultationSummary::id, ConsultationSummary::phase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(opened, ConsultationPhase.OPEN));

        at("2026-12-05");
        assertThat(openedToPublic()).contains(opened, announced).doesNotContain(addressed);
    }

    private List<Long> openedToPublic() {
        return consultations.openedToPublic(PageRequest.of(0, 100)).map(ConsultationSummary::id).getContent();
    }

    @Test
    void a_window_shorter_than_thirty_days_needs_a_reason() {
        f.as(DRAFTER);
        assertThatThrownBy(() -> consultations.open(open(null, LocalDate.parse("2026-12-29"), " ", Set.of("LOGISTICS"), false, false)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.shortWindowReason");
        long full = consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false));
        assertThat(consultations.detail(full).shortWindowReason()).isNull();
        long shortOne = consultations.open(open(null, LocalDate.parse("2026-12-15"), "上级文件要求年底前出台",
                Set.of("LOGISTICS"), false, false));
        assertThat(consultations.detail(shortOne).shortWindowReason()).isEqualTo("上级文件要求年底前出台");
        assertThat(consultations.detail(shortOne).answerDue()).isAfter(LocalDate.parse("2026-12-15"));
        assertThatThrownBy(() -> consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of(), false, false)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.audienceRequired");
        f.as(OTHER_DEPT);
        assertThatThrownBy(() -> consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.notYourUnit");
    }

    @Test
    void the_draft_is_stored_article_by_article() {
        long id = openForLogisticsAndCatering();
        List<DraftPartView> parts = consultations.detail(id).parts();
        assertThat(parts).extracting(p -> p.part().kind()).containsExactly(PartKind.PREAMBLE, PartKind.CHAPTER,
                PartKind.ARTICLE, PartKind.ARTICLE, PartKind.CHAPTER, PartKind.ARTICLE, PartKind.ARTICLE, PartKind.ARTICLE);
        assertThat(parts.get(6).part().body()).contains("第三条申请补贴");
        assertThat(consultations.detail(id).reference()).matches("ZQ-2026-\\d{4}");
    }

    @Test
    void only_the_audience_reads_it_and_associations_do_not_see_each_others_comments_before_the_report() {
        long id = openForLogisticsAndCatering();
        long third = article(id, "第三条");
        assertThat(noticesTo(f.logistics, "notice.consultation.opened")).hasSize(1);
        assertThat(noticesTo(f.catering, "notice.consultation.opened")).hasSize(1);
        assertThat(noticesTo(f.finance, "notice.consultation.opened")).isEmpty();
        for (String outsider : List.of(f.finance, OBSERVER, OTHER_DEPT)) {
            f.as(outsider);
            assertThatThrownBy(() -> consultations.detail(id)).isInstanceOf(Refusal.class).hasMessage("consultation.error.notFound");
            assertThat(consultations.list(PageRequest.of(0, 50))).extracting(ConsultationSummary::id).doesNotContain(id);
        }
        f.as(f.finance);
        assertThatThrownBy(() -> comments.comment(id, new CommentCommand(null, "x", null, null))).isInstanceOf(Refusal.class);
        comment(f.logistics, id, third, "物流协会的意见");
        comment(f.catering, id, null, "餐饮商会的意见");
        f.as(f.catering);
        assertThat(consultations.list(PageRequest.of(0, 50))).extracting(ConsultationSummary::id).contains(id);
        assertThat(comments.comments(id)).extracting(CommentRecord::body).containsExactly("餐饮商会的意见");
        assertThatThrownBy(() -> answers.report(id)).isInstanceOf(Refusal.class);
        f.as(DRAFTER);
        assertThat(comments.comments(id)).extracting(CommentRecord::body).containsExactly("物流协会的意见", "餐饮商会的意见");
        f.as(OFFICE);
        assertThat(comments.comments(id)).hasSize(2);
    }

    @Test
    void a_comment_is_changed_or_withdrawn_only_by_its_author() {
        long id = openForLogisticsAndCatering();
        CommentRecord c = comment(f.logistics, id, article(id, "第四条"), "期限太短");
        f.as(f.catering);
        assertThatThrownBy(() -> comments.edit(c.id(), c.version(), new CommentCommand(null, "改", null, null)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.commentNotFound");
        assertThatThrownBy(() -> comments.withdraw(c.id(), c.version())).isInstanceOf(Refusal.class);
        f.as(f.logistics);
        assertThatThrownBy(() -> comments.comment(id, new CommentCommand(article(id, "第一章"), "章", null, null)))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.partUnknown");
        comments.withdraw(c.id(), c.version());
        assertThat(comments.comments(id)).singleElement().satisfies(k -> assertThat(k.withdrawn()).isTrue());
    }
}
