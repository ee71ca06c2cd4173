package cn.ezhou.yshj.consultation;

import static cn.ezhou.yshj.consultation.ConsultationFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.StatementLog;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The workbench counts of consultations and policies: each matches its filtered list, stays within
 * the caller's unit or audience, and costs one counting statement.
 */
abstract class ConsultationCountsContract {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired ConsultationService consultations;
    @Autowired ConsultationTaskService tasks;
    @Autowired CommentDesk comments;
    @Autowired AnswerDesk answers;
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

    void at(String date) {
        clock.set(LocalDate.parse(date).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    long openForLogistics() {
        f.as(DRAFTER);
        return consultations.open(open(null, LocalDate.parse("2026-12-30"), null, Set.of("LOGISTICS"), false, false));
    }

    @Test
    void an_association_counts_the_consultations_open_to_it_and_the_policies_it_has_not_confirmed() {
        f.as(f.finance);
        AudienceConsultationCounts financeBefore = tasks.audienceCounts();
        long id = openForLogistics();

        f.as(f.logistics);
        AudienceConsultationCounts logistics = tasks.audienceCounts();
        assertThat(ids(consultations.list(ConsultationPhase.OPEN, ALL).getContent())).contains(id);
        assertThat(logistics.open()).isEqualTo(consultations.list(ConsultationPhase.OPEN, ALL).getTotalElements());
        assertThat(logistics.daysLeftSoonest()).isBetween(0L, 29L);
        f.as(f.finance);
        assertThat(tasks.audienceCounts()).isEqualTo(financeBefore);

        f.as(OFFICE);
        long policy = policies.issue(new IssuePolicy("鄂州市物流业降本增效若干措施", null, DRAFT_UNIT, LocalDate.parse("2026-12-01"),
                true, Set.of("LOGISTICS"), false, null, ArticleSplitter.split(DRAFT).parts(), null));
        f.as(f.logistics);
        AudienceConsultationCounts pushed = tasks.audienceCounts();
        assertThat(pushed.policiesToConfirm()).isEqualTo(logistics.policiesToConfirm() + 1)
                .isEqualTo(policies.toConfirm(ALL).getTotalElements());
        policies.confirmRelay(policy, 60);
        assertThat(tasks.audienceCounts().policiesToConfirm()).isEqualTo(logistics.policiesToConfirm());
        f.as(f.finance);
        assertThat(tasks.audienceCounts()).isEqualTo(financeBefore);

        f.as(f.logistics);
        StatementLog.Recorded<AudienceConsultationCounts> recorded = StatementLog.record(tasks::audienceCounts);
        assertThat(recorded.statements()).as("membership lookups, then one count")
                .filteredOn(sql -> sql.contains("consultation") || sql.contains("policy")).hasSize(1);
        assertThat(recorded.statements().getLast()).contains("policy_delivery").contains("consultation");
    }

    @Test
    void the_drafting_department_and_the_office_count_the_answers_still_owed() {
        long id = openForLogistics();
        f.as(f.logistics);
        comments.comment(id, new CommentCommand(null, "建议提高补贴标准", null, 40));
        CommentRecord second = comments.comment(id, new CommentCommand(null, "建议简化申报材料", null, 40));
        at("2026-12-31");
        f.as(OTHER_DEPT);
        DepartmentConsultationCounts other = tasks.departmentCounts();
        f.as(DRAFTER);
        DepartmentConsultationCounts drafter = tasks.departmentCounts();
        assertThat(drafter.consultationsAnswering()).isEqualTo(consultations.list(ConsultationPhase.ANSWERING, ALL)
                .getTotalElements());
        assertThat(drafter.commentsToAnswer()).isGreaterThanOrEqualTo(2);
        answers.answer(second.id(), second.version(), AnswerOutcome.ADOPTED, null);
        assertThat(tasks.departmentCounts().commentsToAnswer()).isEqualTo(drafter.commentsToAnswer() - 1);
        f.as(OTHER_DEPT);
        assertThat(tasks.departmentCounts()).isEqualTo(other);

        f.as(OFFICE);
        OfficeConsultationCounts office = tasks.officeCounts();
        assertThat(ids(answers.unanswered(false, ALL).stream().map(UnansweredConsultation::consultation).toList()))
                .contains(id);
        assertThat(office.waitingForAnswers()).isEqualTo(answers.unanswered(false, ALL).size());
        assertThat(office.answersLate()).isEqualTo(answers.unanswered(true, ALL).size());
        at("2027-03-01");
        OfficeConsultationCounts late = tasks.officeCounts();
        assertThat(ids(answers.unanswered(true, ALL).stream().map(UnansweredConsultation::consultation).toList()))
                .contains(id);
        assertThat(late.answersLate()).isEqualTo(answers.unanswered(true, ALL).size());
        f.as(DRAFTER);
        assertThat(tasks.departmentCounts().commentsLate()).isPositive();

        f.as(OFFICE);
        assertThat(StatementLog.record(tasks::officeCounts).statements()).hasSize(1);
        f.as(DRAFTER);
        List<String> statements = StatementLog.record(tasks::departmentCounts).statements();
        assertThat(statements).as("the caller's unit, then one count").hasSize(2);
        assertThat(statements.getLast()).contains("consultation_comment");
    }

    private static List<Long> ids(List<ConsultationSummary> list) {
        return list.stream().map(ConsultationSummary::id).toList();
    }
}
