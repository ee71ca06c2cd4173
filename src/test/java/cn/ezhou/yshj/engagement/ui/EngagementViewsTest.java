package cn.ezhou.yshj.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.OpenRound;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** The office opens a round on its form and reads the results; an observer rates in the dialog and signs up. */
class EngagementViewsTest extends PortalViewTest {

    @Autowired java.time.Clock clock;

    @Autowired RoundService rounds;
    @Autowired ActivityService activities;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    /** Runs as the office for a moment (setting things up), then returns to the test's user. */
    private <T> T asOffice(Supplier<T> action) {
        Authentication me = security.getContext().getAuthentication();
        new Actors(security, accounts).ensure("e-view-office", "OFFICE", "OFFICE").as("e-view-office", "OFFICE");
        try {
            return action.get();
        } finally {
            security.getContext().setAuthentication(me);
        }
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_opens_a_round_and_sees_a_results_row_per_department() {
        navigate(NewRoundView.class);
        $(TextField.class).id("round-title").setValue("视图测评");
        test($(Button.class).id("round-open")).click();
        assertThat($(Paragraph.class).id("round-response").getText()).startsWith("参评率：0 / ");
        Grid<?> results = $(Grid.class).id("round-results");
        assertThat(test(results).size()).isEqualTo(rounds.departments().size());
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_rates_a_department_once_in_the_dialog_and_signs_up_for_an_activity() {
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        long round = asOffice(() -> rounds.open(new OpenRound("视图评价", Set.of("FGW", "RSJ"), null, LocalDate.now(clock),
                LocalDate.now(clock).plusDays(10))));
        navigate("rounds/" + round, RoundView.class);
        test($(Button.class).id("rate-FGW")).click();
        for (int i = 0; i < RoundService.DEFAULT_DIMENSIONS.size(); i++) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> score = $(RadioButtonGroup.class).id("score-" + i);
            score.setValue(4);
        }
        test($(Button.class).id("rating-send")).click();
        assertThat($(Button.class).withId("rate-FGW").exists()).isFalse();
        assertThat($(Button.class).withId("rate-RSJ").exists()).isTrue();

        long activity = asOffice(() -> activities.create(new CreateActivity(ActivityKind.TRAINING, "营商环境培训", "政策解读",
                LocalDateTime.now(clock).plusDays(3), "市民之家", 10, LocalDateTime.now(clock).plusDays(2), true, false)));
        navigate("activities/" + activity, ActivityView.class);
        test($(Button.class).id("activity-signup")).click();
        assertThat($(Paragraph.class).id("activity-mine").getText()).isEqualTo("已报名");
        assertThat($(Button.class).withId("activity-cancel").exists()).isTrue();
    }
}
