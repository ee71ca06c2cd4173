package cn.ezhou.yshj.consultation;

import static cn.ezhou.yshj.consultation.ConsultationFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.consultation.text.ChangeKind;
import cn.ezhou.yshj.consultation.text.DiffSegment;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After the window: reasoned answers, the report only when all are answered, the issued policy, its push and its changes. */
abstract class AnswersAndPolicyContract extends ConsultationContract {

    @Autowired PolicyService policies;
    @Autowired PolicyComparison comparison;

    @Test
    void answers_need_a_reason_unless_adopted_and_the_report_waits_for_every_answer() {
        long id = openForLogisticsAndCatering();
        CommentRecord first = comment(f.logistics, id, article(id, "第三条"), "建议提高到八十元");
        CommentRecord second = comment(f.catering, id, null, "建议扩大到餐饮冷链");
        f.as(DRAFTER);
        assertThatThrownBy(() -> answers.answer(first.id(), first.version(), AnswerOutcome.ADOPTED, null))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.stillOpen");

        at("2026-12-31");
        f.as(OTHER_DEPT);
        assertThatThrownBy(() -> answers.answer(first.id(), first.version(), AnswerOutcome.ADOPTED, null))
                .isInstanceOf(Refusal.class);
        f.as(DRAFTER);
        assertThatThrownBy(() -> answers.answer(second.id(), second.version(), AnswerOutcome.NOT_ADOPTED, "  "))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.reasonRequired");
        answers.answer(first.id(), first.version(), AnswerOutcome.ADOPTED, null);
        assertThatThrownBy(() -> answers.publishReport(id)).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.unanswered");
        answers.answer(second.id(), second.version(), AnswerOutcome.ALREADY_PROVIDED, "第二条已涵盖各类物流企业");
        answers.publishReport(id);
        assertThat(noticesTo(f.logistics, "notice.consultation.reported")).hasSize(1);
        assertThat(noticesTo(f.catering, "notice.consultation.reported")).hasSize(1);
        CommentRecord answered = comments.comments(id).get(1);
        assertThatThrownBy(() -> answers.answer(answered.id(), answered.version(), AnswerOutcome.ADOPTED, null))
                .isInstanceOf(Refusal.class).hasMessage("consultation.error.reportPublished");

        f.as(f.catering);
        FeedbackReport report = answers.report(id);
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.counts()).containsEntry(AnswerOutcome.ADOPTED, 1L).containsEntry(AnswerOutcome.ALREADY_PROVIDED, 1L)
                .containsEntry(AnswerOutcome.NOT_ADOPTED, 0L);
        assertThat(comments.comments(id)).extracting(CommentRecord::body, CommentRecord::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("建议提高到八十元", null),
                        org.assertj.core.groups.Tuple.tuple("建议扩大到餐饮冷链", "第二条已涵盖各类物流企业"));
        f.as(f.finance);
        assertThatThrownBy(() -> answers.report(id)).isInstanceOf(Refusal.class);
        f.as(OFFICE);
        assertThat(answers.unanswered(org.springframework.data.domain.PageRequest.of(0, 50)))
                .extracting(u -> u.consultation().id()).doesNotContain(id);
    }

    @Test
    void a_consultation_the_office_drafted_is_answered_and_reported_by_the_office_and_by_no_department() {
        f.as(OFFICE);
        OpenConsultation byOffice = open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false);
        long id = consultations.open(new OpenConsultation(byOffice.title(), "OFFICE", byOffice.explanation(),
                byOffice.parts(), null, byOffice.closesOn(), null, byOffice.audienceTags(), Set.of(), false, false, null, null));
        CommentRecord c = comment(f.logistics, id, null, "建议明确申报材料清单");
        at("2026-12-31");
        watch.run();
        assertThat(noticesAbout(id, OFFICE, "notice.consultation.closed")).as("the office is the drafter").hasSize(1);
        f.as(DRAFTER);
        assertThatThrownBy(() -> answers.answer(c.id(), c.version(), AnswerOutcome.ADOPTED, null))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> answers.publishReport(id)).isInstanceOf(Refusal.class);

        f.as(OFFICE);
        assertThat(consultations.detail(id).drafter()).isTrue();
        answers.answer(c.id(), c.version(), AnswerOutcome.ADOPTED, null);
        answers.publishReport(id);
        assertThat(noticesTo(f.logistics, "notice.consultation.reported")).hasSize(1);
    }

    @Test
    void alike_comments_are_answered_at_once_each_with_its_own_answer_or_none_if_one_is_refused() {
        long id = openForLogisticsAndCatering();
        long third = article(id, "第三条");
        CommentRecord a = comment(f.logistics, id, third, "冷链仓储补贴标准偏低，建议提高到每平方米八十元。");
        CommentRecord b = comment(f.catering, id, third, "建议将冷链仓储补贴标准提高到每平方米八十元。");
        at("2026-12-31");
        f.as(DRAFTER);
        List<CommentGroup> groups = CommentGroup.of(comments.comments(id));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.comments()).extracting(CommentRecord::id)
                .containsExactly(a.id(), b.id()));
        List<AnswerDesk.Target> both = List.of(new AnswerDesk.Target(a.id(), a.version()),
                new AnswerDesk.Target(b.id(), b.version()));

        assertThatThrownBy(() -> answers.answerAll(both, AnswerOutcome.NOT_ADOPTED, " ")).isInstanceOf(Refusal.class)
                .hasMessage("consultation.error.reasonRequired");
        assertThatThrownBy(() -> answers.answerAll(List.of(new AnswerDesk.Target(a.id(), a.version()),
                new AnswerDesk.Target(b.id(), b.version() + 5)), AnswerOutcome.ADOPTED, null))
                .isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
        assertThat(comments.comments(id)).as("a refused group answer changes nothing").allMatch(c -> !c.answered());
        assertThatThrownBy(() -> answers.answerAll(List.of(), AnswerOutcome.ADOPTED, null)).isInstanceOf(Refusal.class);
        f.as(OTHER_DEPT);
        assertThatThrownBy(() -> answers.answerAll(both, AnswerOutcome.ADOPTED, null)).isInstanceOf(Refusal.class);

        f.as(DRAFTER);
        answers.answerAll(both, AnswerOutcome.PARTLY_ADOPTED, "提高到每平方米六十元");
        assertThat(comments.comments(id)).extracting(CommentRecord::outcome, CommentRecord::reason).containsOnly(
                org.assertj.core.groups.Tuple.tuple(AnswerOutcome.PARTLY_ADOPTED, "提高到每平方米六十元"));
        answers.publishReport(id);
    }

    @Test
    void the_issued_policy_is_pushed_by_tag_with_read_receipts_and_compared_with_the_draft() {
        long id = openForLogisticsAndCatering();
        CommentRecord c = comment(f.logistics, id, article(id, "第三条"), "建议提高到八十元");
        at("2026-12-31");
        f.as(DRAFTER);
        IssuePolicy issue = new IssuePolicy("鄂州市物流业降本增效若干措施", "鄂政规〔2027〕1号", DRAFT_UNIT,
                LocalDate.parse("2027-01-10"), true, Set.of("LOGISTICS"), true, "冷链仓储补贴",
                ArticleSplitter.split(DRAFT.replace("五十元", "八十元").replace("（征求意见稿）", "")).parts(), id);
        assertThatThrownBy(() -> policies.issue(issue)).isInstanceOf(Refusal.class).hasMessage("policy.error.reportFirst");
        answers.answer(c.id(), c.version(), AnswerOutcome.ADOPTED, null);
        answers.publishReport(id);
        long policyId = policies.issue(issue);
        assertThatThrownBy(() -> policies.issue(issue)).isInstanceOf(Refusal.class).hasMessage("policy.error.alreadyIssued");
        assertThat(noticesTo(f.logistics, "notice.policy.pushed")).hasSize(1);
        assertThat(noticesTo(OBSERVER, "notice.policy.pushed")).hasSize(1);
        assertThat(noticesTo(f.catering, "notice.policy.pushed")).isEmpty();

        f.as(f.logistics);
        PolicySummary before = policies.list(org.springframework.data.domain.PageRequest.of(0, 20)).stream()
                .filter(p -> p.id() == policyId).findFirst().orElseThrow();
        assertThat(before.pushedToMe()).isTrue();
        assertThat(before.readAt()).isNull();
        PolicyDetail opened = policies.open(policyId);
        assertThat(opened.summary().readAt()).isNotNull();
        assertThat(opened.mayConfirmRelay()).isTrue();
        policies.confirmRelay(policyId, 60);
        f.as(f.catering);
        assertThat(policies.open(policyId).mayConfirmRelay()).isFalse();
        assertThatThrownBy(() -> policies.confirmRelay(policyId, 10)).isInstanceOf(Refusal.class)
                .hasMessage("policy.error.notPushedToYou");
        f.as(OFFICE);
        PolicyReach reach = policies.reach(policyId);
        assertThat(reach.read()).isEqualTo(1);
        assertThat(reach.recipients()).isGreaterThanOrEqualTo(2);
        assertThat(reach.associationsRelayed()).isEqualTo(1);
        assertThat(reach.membersRelayed()).isEqualTo(60);

        List<ArticleChangeView> changes = comparison.changes(policyId);
        ArticleChangeView third = changes.stream().filter(v -> v.change().fin() != null
                && "第三条".equals(v.change().fin().label())).findFirst().orElseThrow();
        assertThat(third.change().kind()).isEqualTo(ChangeKind.CHANGED);
        assertThat(third.change().segments()).extracting(DiffSegment::op, DiffSegment::text)
                .contains(org.assertj.core.groups.Tuple.tuple(DiffSegment.Op.DELETED, "五"),
                        org.assertj.core.groups.Tuple.tuple(DiffSegment.Op.INSERTED, "八"));
        assertThat(third.answeredComments()).extracting(CommentRecord::body).containsExactly("建议提高到八十元");
        assertThat(changes).filteredOn(v -> v.change().kind() == ChangeKind.UNCHANGED).hasSizeGreaterThanOrEqualTo(4);
        f.as(f.finance);
        assertThat(comparison.changes(policyId)).as("the draft went to other chambers only").isEmpty();
        security.clearContext();
        assertThat(comparison.changes(policyId)).as("nor is it shown to a visitor").isEmpty();
        f.as(DRAFTER);
        assertThat(consultations.detail(id).policyId()).isEqualTo(policyId);
    }

    @Test
    void the_watch_reminds_before_closing_warns_before_the_answer_deadline_and_supervises_late_answers_once() {
        long id = openForLogisticsAndCatering();
        comment(f.logistics, id, null, "意见");
        at("2026-12-27");
        watch.run();
        watch.run();
        assertThat(noticesAbout(id, f.logistics, "notice.consultation.closing")).hasSize(1);
        at("2026-12-31");
        watch.run();
        assertThat(noticesAbout(id, DRAFTER, "notice.consultation.closed")).hasSize(1);
        f.as(DRAFTER);
        LocalDate due = consultations.detail(id).answerDue();
        assertThat(due).isAfter(LocalDate.parse("2027-01-15"));
        f.as(OFFICE);
        assertThat(answers.unanswered(org.springframework.data.domain.PageRequest.of(0, 50)))
                .filteredOn(u -> u.consultation().id() == id).singleElement()
                .satisfies(u -> assertThat(u.unanswered()).isEqualTo(1));
        at(due.minusDays(ConsultationWatch.REMIND_DAYS_BEFORE + 1).toString());
        watch.run();
        assertThat(noticesAbout(id, DRAFTER, "notice.consultation.answersDueSoon")).as("not yet near").isEmpty();
        at(due.minusDays(ConsultationWatch.REMIND_DAYS_BEFORE).toString());
        watch.run();
        watch.run();
        assertThat(noticesAbout(id, DRAFTER, "notice.consultation.answersDueSoon")).hasSize(1);
        assertThat(noticesAbout(id, OFFICE, "notice.consultation.answersDueSoon")).as("the office waits for the deadline")
                .isEmpty();
        at(due.plusDays(1).toString());
        watch.run();
        watch.run();
        assertThat(noticesAbout(id, DRAFTER, "notice.consultation.answersDueSoon")).hasSize(1);
        assertThat(noticesAbout(id, DRAFTER, "notice.consultation.answersOverdue")).hasSize(1);
        assertThat(noticesAbout(id, OFFICE, "notice.consultation.answersOverdue")).hasSize(1);
    }
}
