package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.CommentCommand;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RatingCommand;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.engagement.internal.Participants;
import cn.ezhou.yshj.observer.DutyFixture.Appointed;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.internal.LiveSessions;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.PortalTest;
import cn.ezhou.yshj.support.TestClock;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Only a serving observer acts as one; a suspended, expired or dismissed one keeps reading and is told why. */
@PortalTest
class ObserverRightsTest {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ObserverService observers;
    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired TestClock clock;
    @Autowired DutyRecordService dutyRecords;
    @Autowired CommentDesk comments;
    @Autowired ActivityService activities;
    @Autowired RoundService rounds;
    @Autowired RatingDesk ratings;
    @Autowired Participants participants;
    @Autowired ObserverRights rights;
    @Autowired LiveSessions liveSessions;

    DutyFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = DutyFixture.of(context);
        fixture.at("2026-03-02");
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    private Appointed appointed(String name) {
        return fixture.appoint(name, LocalDate.parse("2029-03-01"), true);
    }

    private long openRound() {
        fixture.asOffice();
        return rounds.open(new OpenRound("权利测评" + System.nanoTime(), Set.of("FGW"), null, fixture.today(),
                fixture.today().plusDays(20)));
    }

    private long activity() {
        LocalDateTime start = fixture.today().plusDays(10).atTime(14, 0);
        fixture.asOffice();
        return activities.create(new CreateActivity(ActivityKind.INSPECTION, "明察暗访", "走访政务服务中心", start,
                "市民之家", 5, start.minusDays(1), true, false));
    }

    private static void refusedWith(String key, ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(Refusal.class).hasMessage(key);
    }

    @Test
    void a_suspended_observer_cannot_submit_comment_rate_or_sign_up_and_is_told_why() {
        Appointed a = appointed("暂停权利甲");
        long round = openRound();
        long activity = activity();
        fixture.asOffice();
        observers.suspend(a.observer().id(), "涉嫌违反观察员守则，暂停核查");

        fixture.asObserver(a.username());
        String why = "observer.rights.suspended";
        assertThat(rights.refusalKey()).contains(why);
        refusedWith(why, () -> fixture.submit(a.username(), "暂停期间的建议"));
        refusedWith(why, () -> comments.comment(Long.MAX_VALUE, new CommentCommand(null, "意见", null, null)));
        refusedWith(why, () -> ratings.rate(round, new RatingCommand("FGW", List.of(5, 4, 4, 5), null)));
        refusedWith(why, () -> activities.signUp(activity));
        assertThat(ratings.detail(round).mayRate()).isFalse();
        assertThat(activities.detail(activity).maySignUp()).isFalse();
    }

    @Test
    void a_suspended_observer_still_reads_the_own_record_and_submissions() {
        Appointed a = appointed("暂停权利乙");
        SubmissionDetail sent = fixture.submit(a.username(), "暂停前提交的建议");
        fixture.asOffice();
        observers.suspend(a.observer().id(), "暂停核查");

        fixture.asObserver(a.username());
        assertThat(observers.mine()).get().extracting(ObserverSummary::state).isEqualTo(ObserverState.SUSPENDED);
        assertThat(dutyRecords.mine()).isPresent();
        assertThat(submissions.mine(InboxFilter.none(), 0, 10)).extracting(s -> s.id()).contains(sent.id());
        assertThat(submissions.detail(sent.id()).title()).isEqualTo("暂停前提交的建议");
    }

    @Test
    void dismissed_and_expired_observers_are_told_so_and_a_reinstated_one_acts_again() {
        Appointed dismissed = appointed("解聘权利丙");
        Appointed reinstated = appointed("恢复权利丁");
        Appointed expiring = fixture.appoint("届满权利戊", fixture.today().plusDays(40), true);
        fixture.asOffice();
        observers.dismiss(dismissed.observer().id(), "严重违反观察员守则");
        observers.suspend(reinstated.observer().id(), "暂停核查");
        observers.reinstate(reinstated.observer().id(), "核查无问题");
        fixture.at(fixture.today().plusDays(60).toString());
        observers.expireDue();

        fixture.asObserver(dismissed.username());
        refusedWith("observer.rights.dismissed", () -> fixture.submit(dismissed.username(), "解聘后的建议"));
        fixture.asObserver(expiring.username());
        refusedWith("observer.rights.expired", () -> fixture.submit(expiring.username(), "届满后的建议"));
        assertThat(fixture.submit(reinstated.username(), "恢复后的建议").reference()).isNotBlank();
    }

    @Test
    void only_serving_observers_are_counted_as_raters() {
        Appointed serving = appointed("在任评价己");
        Appointed suspended = appointed("暂停评价庚");
        fixture.asOffice();
        observers.suspend(suspended.observer().id(), "暂停核查");

        assertThat(participants.observers()).contains(serving.username()).doesNotContain(suspended.username());
    }

    @Test
    void the_demo_observer_account_has_an_appointed_record_behind_it() {
        fixture.actors().as("observer", "OBSERVER");
        assertThat(observers.mine()).get().extracting(ObserverSummary::state).isEqualTo(ObserverState.APPOINTED);
        assertThat(rights.refusalKey()).isEmpty();
    }

    @Test
    void ending_an_observers_service_ends_their_live_sessions() {
        Appointed a = appointed("会话结束辛");
        MockHttpSession theirs = loggedIn(a.username());
        MockHttpSession someoneElse = loggedIn("office");
        fixture.asOffice();
        observers.suspend(a.observer().id(), "暂停核查");

        assertThat(theirs.isInvalid()).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
    }

    private MockHttpSession loggedIn(String username) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
        liveSessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }
}
