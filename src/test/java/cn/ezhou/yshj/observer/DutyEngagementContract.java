package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;

import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.Attendance;
import cn.ezhou.yshj.engagement.AttendanceDesk;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.EngagementCounts;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RatingCommand;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.engagement.SignupRecord;
import cn.ezhou.yshj.observer.DutyFixture.Appointed;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Attendance and satisfaction ratings feed the observer's duty record, for the term and for the quarter. */
abstract class DutyEngagementContract {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired OfficeDesk office;
    @Autowired TestClock clock;
    @Autowired DutyRecordService dutyRecords;
    @Autowired ActivityService activities;
    @Autowired AttendanceDesk attendance;
    @Autowired RoundService rounds;
    @Autowired RatingDesk ratings;
    @Autowired EvaluationService evaluations;

    DutyFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = DutyFixture.of(context);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    /** An activity starting in ten days at 14:00; the observer signs up, and after the start the office records it. */
    private void attend(String username, Attendance outcome) {
        LocalDateTime start = fixture.today().plusDays(10).atTime(14, 0);
        fixture.asOffice();
        long id = activities.create(new CreateActivity(ActivityKind.INSPECTION, "明察暗访", "走访政务服务中心", start,
                "市民之家", 5, start.minusDays(1), true, false));
        fixture.asObserver(username);
        activities.signUp(id);
        clock.set(start.plusHours(1).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        fixture.asOffice();
        SignupRecord s = attendance.signups(id, PageRequest.of(0, 10)).getContent().getFirst();
        attendance.record(id, s.id(), s.version(), outcome);
    }

    @Test
    void activities_attended_and_rounds_rated_appear_in_the_duty_record_for_the_term_and_the_quarter() {
        fixture.at("2026-01-05");
        Appointed a = fixture.appoint("履职活动甲", LocalDate.parse("2028-02-03"), true);
        String me = a.username();
        attend(me, Attendance.PRESENT); // first quarter
        fixture.at("2026-04-10");
        attend(me, Attendance.PRESENT); // second quarter
        fixture.at("2026-04-22");
        attend(me, Attendance.ABSENT); // absent does not count
        fixture.asOffice();
        long round = rounds.open(new OpenRound("2026年上半年满意度测评", Set.of("FGW", "RSJ"), null,
                fixture.today(), fixture.today().plusDays(20)));
        fixture.asObserver(me);
        ratings.rate(round, new RatingCommand("FGW", List.of(5, 4, 4, 5), null));
        ratings.rate(round, new RatingCommand("RSJ", List.of(3, 3, 4, 4), "窗口排队时间长"));

        fixture.asObserver(me);
        DutyRecord record = dutyRecords.mine().orElseThrow();
        assertThat(record.quarter()).isEqualTo(new Quarter(2026, 2));
        assertThat(record.termEngagement()).isEqualTo(new EngagementCounts(2, 1));
        assertThat(record.quarterEngagement()).isEqualTo(new EngagementCounts(1, 1));

        fixture.at("2026-07-02");
        fixture.asObserver(me);
        DutyRecord next = dutyRecords.mine().orElseThrow();
        assertThat(next.termEngagement()).isEqualTo(new EngagementCounts(2, 1));
        assertThat(next.quarterEngagement()).isEqualTo(EngagementCounts.NONE);

        fixture.asOffice();
        assertThat(dutyRecords.yearFigures(a.observer().id(), 2026).engagement()).isEqualTo(new EngagementCounts(2, 1));
        assertThat(dutyRecords.yearFigures(a.observer().id(), 2025).engagement()).isEqualTo(EngagementCounts.NONE);
    }

    @Test
    void the_year_suggests_a_grade_from_the_quarters_met_and_a_different_grade_needs_a_reason() {
        fixture.at("2026-01-02");
        Appointed a = fixture.appoint("考评建议甲", LocalDate.parse("2028-01-31"), true);
        long id = a.observer().id();
        fixture.asOffice();
        assertThat(evaluations.record(id, 2026).suggestedGrade()).as("no quarter has ended or been met").isNull();
        fixture.submit(a.username(), "第一季度建议");
        fixture.at("2026-08-03");
        fixture.submit(a.username(), "第三季度建议");
        fixture.at("2026-11-10");

        fixture.asOffice();
        YearFigures f = evaluations.record(id, 2026);
        assertThat(f.quartersCounted()).as("Q1-Q3 ended; Q4 runs and is not met yet").isEqualTo(3);
        assertThat(f.quartersMet()).isEqualTo(2);
        assertThat(f.suggestedGrade()).isEqualTo(EvaluationGrade.BASICALLY_COMPETENT);
        fixture.submit(a.username(), "第四季度建议");
        fixture.asOffice();
        f = evaluations.record(id, 2026);
        assertThat(f.quartersCounted()).isEqualTo(4);
        assertThat(f.quartersMet()).isEqualTo(3);
        assertThat(f.suggestedGrade()).isEqualTo(EvaluationGrade.COMPETENT);

        assertThatThrownBy(() -> evaluations.evaluate(id, 2026, EvaluationGrade.EXCELLENT, "  "))
                .isInstanceOf(Refusal.class).hasMessage("evaluation.error.reasonForChange");
        assertThat(evaluations.evaluations(id)).as("a refused grade changes nothing").isEmpty();
        assertThat(evaluations.evaluate(id, 2026, EvaluationGrade.COMPETENT, null))
                .satisfies(e -> assertThat(e.suggestedGrade()).isEqualTo(EvaluationGrade.COMPETENT));
        evaluations.evaluate(id, 2026, EvaluationGrade.EXCELLENT, "牵头组织明察暗访两次，成效突出");
        assertThat(evaluations.evaluations(id)).singleElement().satisfies(e -> {
            assertThat(e.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
            assertThat(e.suggestedGrade()).isEqualTo(EvaluationGrade.COMPETENT);
            assertThat(e.comment()).isEqualTo("牵头组织明察暗访两次，成效突出");
        });
    }
}
