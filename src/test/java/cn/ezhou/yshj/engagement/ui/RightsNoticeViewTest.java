package cn.ezhou.yshj.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.ui.RightsNotice;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.observer.DutyFixture;
import cn.ezhou.yshj.observer.DutyFixture.Appointed;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.PublicityService;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A suspended observer sees why, in place of the rating buttons and the sign-up button. */
class RightsNoticeViewTest extends PortalViewTest {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired ObserverService observers;
    @Autowired TestClock clock;
    @Autowired RoundService rounds;
    @Autowired ActivityService activities;
    @Autowired CharterService charters;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_suspended_observer_is_told_why_instead_of_being_offered_to_rate_or_sign_up() {
        DutyFixture fixture = DutyFixture.of(context);
        Appointed a = fixture.appoint("视图暂停者", LocalDate.parse("2030-01-01"), true);
        fixture.asOffice();
        long round = rounds.open(new OpenRound("暂停视图测评", Set.of("FGW"), null, fixture.today(),
                fixture.today().plusDays(10)));
        LocalDateTime start = fixture.today().plusDays(5).atTime(9, 0);
        long activity = activities.create(new CreateActivity(ActivityKind.TRAINING, "暂停视图培训", "政策解读", start,
                "市民之家", 10, start.minusDays(1), true, false));
        observers.suspend(a.observer().id(), "暂停核查");
        fixture.asObserver(a.username());
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));

        navigate("rounds/" + round, RoundView.class);
        assertThat($(Paragraph.class).id(RightsNotice.ID).getText()).contains("暂停");
        assertThat($(Button.class).withId("rate-FGW").exists()).isFalse();

        navigate("activities/" + activity, ActivityView.class);
        assertThat($(Paragraph.class).id(RightsNotice.ID).getText()).contains("暂停");
        assertThat($(Button.class).withId("activity-signup").exists()).isFalse();
    }
}
