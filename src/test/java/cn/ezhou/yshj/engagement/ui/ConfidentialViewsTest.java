package cn.ezhou.yshj.engagement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.consultation.IssuePolicy;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.consultation.text.ArticleSplitter;
import cn.ezhou.yshj.engagement.ActivityKind;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.CreateActivity;
import cn.ezhou.yshj.engagement.PublishBriefing;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The office ticks 保密 on the form and sees the banner and the 查阅记录 on the detail; a recipient sees the
 * mark in the list and atop the detail but no record; the public search never shows a confidential briefing.
 */
class ConfidentialViewsTest extends PortalViewTest {

    private static final String OFFICE = "c-view-office";

    @Autowired BriefingService briefings;
    @Autowired ActivityService activities;
    @Autowired PolicyService policies;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired java.time.Clock clock;

    /** Does something as the office, then acts again as the test's user. */
    private <T> T asOffice(java.util.function.Supplier<T> action) {
        Actors actors = new Actors(security, accounts).ensure(OFFICE, "OFFICE", "OFFICE");
        return actors.meanwhile(() -> {
            actors.as(OFFICE, "OFFICE");
            return action.get();
        });
    }

    private static String tag() {
        return "bm" + Integer.toString(new Random().nextInt(1_000_000_000), 36).replaceAll("[0-9]", "x");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_marks_a_briefing_confidential_on_the_form_and_sees_the_banner_and_the_access_record() {
        navigate(NewActivityView.class);
        assertThat($(Checkbox.class).id("activity-confidential-mark").getValue()).isFalse();

        navigate(NewBriefingView.class);
        Checkbox mark = $(Checkbox.class).id("briefing-confidential-mark");
        assertThat(mark.getLabel()).isEqualTo("保密（内部资料 注意保密）");
        assertThat(mark.getHelperText()).contains("查阅人和时间");
        assertThat(mark.getValue()).as("unmarked unless ticked").isFalse();
        test($(TextField.class).id("briefing-title")).setValue("内部通报" + tag());
        test($(TextArea.class).id("briefing-body")).setValue("仅供观察员内部参考。");
        test(mark).click();
        test($(Button.class).id("briefing-publish")).click();

        assertThat($(Div.class).id("briefing-confidential").getElement().getTextRecursively()).isEqualTo("内部资料 注意保密");
        assertThat($(Grid.class).withId("briefing-openings").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void a_recipient_sees_the_mark_in_the_list_and_atop_the_detail_but_not_who_opened_it() {
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        String title = "暗访安排" + tag();
        long id = asOffice(() -> activities.create(new CreateActivity(ActivityKind.INSPECTION, title, "不提前告知。",
                    LocalDateTime.now(clock).plusDays(3), "市民之家", 10, LocalDateTime.now(clock).plusDays(2), true, false, true)));

        navigate(ActivitiesView.class);
        Grid<?> list = $(Grid.class).id("activity-list");
        assertThat(IntStream.range(0, test(list).size()).mapToObj(row -> test(list).getCellComponent(row, 1))
                .map(c -> c.getElement().getTextRecursively()).filter(t -> t.contains(title)))
                .containsExactly("内部资料 注意保密" + title);

        navigate("activities/" + id, ActivityView.class);
        assertThat($(Div.class).id("activity-confidential").getElement().getTextRecursively()).isEqualTo("内部资料 注意保密");
        assertThat($(Grid.class).withId("activity-openings").exists()).as("the office's only").isFalse();
    }

    @Test
    @WithAnonymousUser
    void the_public_search_finds_an_issued_policy_but_never_a_confidential_briefing_with_the_same_words() {
        String tag = tag();
        long policy = asOffice(() -> {
            briefings.publish(new PublishBriefing("冷链" + tag + "内部通报", "冷链" + tag + "企业名单，注意保密。", true, true, null,
                    null, true));
            return policies.issue(new IssuePolicy("冷链物流补贴办法" + tag, null, "ZRZYGHJ", LocalDate.now(clock).minusDays(1),
                    true, Set.of(), false, "对新建冷链仓储设施给予补贴。", ArticleSplitter.split("第一条　冷链" + tag + "补贴。").parts(),
                    null));
        });

        UI.getCurrent().navigate("search", QueryParameters.of("q", tag));
        Div results = $(Div.class).id("public-search-results");
        assertThat($(Anchor.class, results).all()).extracting(Anchor::getHref).containsExactly("policies/" + policy);
        assertThat(results.getElement().getTextRecursively()).doesNotContain("内部通报", "企业名单");
    }
}
