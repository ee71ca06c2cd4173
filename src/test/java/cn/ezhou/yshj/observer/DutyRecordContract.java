package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.notification.Notice;
import cn.ezhou.yshj.observer.DutyFixture.Appointed;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmitterCounts;
import cn.ezhou.yshj.submission.SubmitterStatistics;
import cn.ezhou.yshj.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The duty record's figures, the quarterly obligation and the reminders, with items driven through the pipeline. */
@RecordApplicationEvents
abstract class DutyRecordContract {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserAccountRepository accountRepository;
    @Autowired
    ObserverService observers;
    @Autowired
    PublicityService publicity;
    @Autowired
    ObserverRepository observerRepository;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionService submissions;
    @Autowired
    OfficeDesk office;
    @Autowired
    DepartmentDesk departments;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SubmitterStatistics statistics;
    @Autowired
    AccountDirectory directory;
    @Autowired
    DutyRecordService dutyRecords;
    @Autowired
    DutyReminders reminders;

    DutyFixture fixture;

    @BeforeEach
    void setUp() {
        clock.reset();
        fixture = DutyFixture.of(context);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    private List<Notice> notices(String key, String recipient) {
        return events.stream(Notice.class)
                .filter(n -> n.messageKey().equals(key) && n.recipients().contains(recipient)).toList();
    }

    @Test
    void submitted_accepted_adopted_and_rated_count_as_defined() {
        fixture.at("2026-03-01");
        Appointed a = fixture.appoint("履职甲", LocalDate.parse("2028-03-30"), true);
        String me = a.username();
        fixture.submit(me, "一季度建议");
        fixture.at("2026-05-10");
        fixture.submit(me, "待分办");
        fixture.reject(fixture.submit(me, "不予受理"));
        fixture.assign(fixture.submit(me, "已交办"));
        SubmissionDetail resolved = fixture.answer(fixture.submit(me, "已解决"), ResultType.RESOLVED);
        fixture.rate(me, resolved, Rating.SATISFIED);
        fixture.answer(fixture.submit(me, "解释说明"), ResultType.EXPLAINED);
        fixture.answer(fixture.submit(me, "列入计划"), ResultType.PLANNED);

        Quarter q2 = new Quarter(2026, 2);
        assertThat(statistics.counts(me, q2.from(), q2.to())).isEqualTo(new SubmitterCounts(6, 4, 2, 1));
        assertThat(statistics.counts(me, new Quarter(2026, 1).from(), q2.from()))
                .isEqualTo(new SubmitterCounts(1, 0, 0, 0));
        assertThat(statistics.submittedBy(List.of(me, "nobody-at-all"), q2.from(), q2.to()))
                .isEqualTo(Map.of(me, 6L, "nobody-at-all", 0L));
        assertThat(directory.usernameForInvitation(
                observerRepository.findById(a.observer().id()).orElseThrow().getInvitationCode())).contains(me);

        fixture.asObserver(me);
        DutyRecord record = dutyRecords.mine().orElseThrow();
        assertThat(record.term().submitted()).isEqualTo(7);
        assertThat(record.quarter()).isEqualTo(q2);
        assertThat(record.quarterCounts()).isEqualTo(new SubmitterCounts(6, 4, 2, 1));
        assertThat(record.obligationMet()).isTrue();
        fixture.asOffice();
        assertThat(dutyRecords.yearCounts(a.observer().id(), 2026)).isEqualTo(new SubmitterCounts(7, 4, 2, 1));
        assertThat(dutyRecords.yearCounts(a.observer().id(), 2025)).isEqualTo(SubmitterCounts.NONE);
    }

    @Test
    void observers_below_the_minimum_are_listed_and_reminded_once_per_quarter() {
        fixture.at("2026-07-01");
        Appointed idle = fixture.appoint("履职乙", LocalDate.parse("2028-07-30"), true);
        Appointed active = fixture.appoint("履职丙", LocalDate.parse("2028-07-30"), true);
        Appointed noAccount = fixture.appoint("履职丁", LocalDate.parse("2028-07-30"), false);
        fixture.at("2026-09-01");
        fixture.submit(active.username(), "三季度建议");

        fixture.asOffice();
        List<ObligationShortfall> below = dutyRecords.belowMinimum(new Quarter(2026, 3));
        assertThat(below).extracting(ObligationShortfall::observerId)
                .contains(idle.observer().id(), noAccount.observer().id()).doesNotContain(active.observer().id());
        assertThat(below).filteredOn(r -> r.observerId() == noAccount.observer().id()).singleElement()
                .satisfies(r -> assertThat(r.hasAccount()).isFalse());

        reminders.remindQuarterlyMinimum();
        reminders.remindQuarterlyMinimum();
        assertThat(notices("notice.observer.quarterlyMinimum", idle.username())).singleElement()
                .satisfies(n -> assertThat(n.args()).containsExactly("2026", "3", "0", "1"));
        assertThat(notices("notice.observer.quarterlyMinimum", active.username())).isEmpty();

        fixture.at("2026-12-01");
        reminders.remindQuarterlyMinimum();
        assertThat(notices("notice.observer.quarterlyMinimum", idle.username())).hasSize(2);
        assertThat(notices("notice.observer.quarterlyMinimum", active.username())).hasSize(1);
    }

    @Test
    void the_term_end_is_announced_thirty_days_ahead_once_and_again_after_a_renewal() {
        fixture.at("2026-01-01");
        Appointed a = fixture.appoint("履职戊", LocalDate.parse("2026-12-31"), true);
        fixture.at("2026-11-30");
        reminders.remindTermEnds();
        assertThat(notices("notice.observer.termEnding", a.username())).isEmpty();

        fixture.at("2026-12-01");
        reminders.remindTermEnds();
        reminders.remindTermEnds();
        assertThat(notices("notice.observer.termEnding", a.username())).singleElement()
                .satisfies(n -> assertThat(n.args()).containsExactly("2026-12-31"));
        assertThat(events.stream(Notice.class).filter(n -> n.messageKey().equals("notice.observer.termEndingOffice")
                && n.args().contains("履职戊"))).singleElement()
                .satisfies(n -> assertThat(n.recipients()).contains(DutyFixture.OFFICE));

        fixture.asOffice();
        observers.renew(a.observer().id(), LocalDate.parse("2028-12-31"));
        reminders.remindTermEnds();
        assertThat(notices("notice.observer.termEnding", a.username())).hasSize(1);
        fixture.at("2028-12-01");
        reminders.remindTermEnds();
        assertThat(notices("notice.observer.termEnding", a.username())).hasSize(2)
                .last().satisfies(n -> assertThat(n.args()).containsExactly("2028-12-31"));
    }
}
