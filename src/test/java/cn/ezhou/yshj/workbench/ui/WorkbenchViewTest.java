package cn.ezhou.yshj.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionSummary;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Location;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each role's home after logging in: the figures its services count for it, on items made in the
 * test, and each figure a link that opens its list with the filter applied.
 */
class WorkbenchViewTest extends PortalViewTest {

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired CharterService charters;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    Actors actors;

    @BeforeEach
    void people() {
        clock.reset();
        actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER").ensure("office", "OFFICE", "OFFICE")
                .ensure("dept", "FGW", "DEPARTMENT").ensure("dept-kjj", "KJJ", "DEPARTMENT")
                .ensure("association", null, "ASSOCIATION");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An item of the observer taken to the state, set up as the people involved. */
    private SubmissionDetail item(SubmissionState state) {
        return actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            SubmissionDetail d = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "GOVERNMENT", "ECQ", "开办企业材料重复提交", "企业开办窗口要求重复提交营业执照复印件。", "XZSPJ", false));
            if (state == SubmissionState.SUBMITTED) {
                return d;
            }
            actors.as("office", "OFFICE");
            d = office.assign(d.id(), d.version(), new AssignCommand("FGW", List.of("KJJ"), false));
            if (state == SubmissionState.ASSIGNED) {
                return d;
            }
            actors.as("dept", "DEPARTMENT");
            d = departments.sign(d.id(), d.version());
            if (state == SubmissionState.SIGNED) {
                return d;
            }
            d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已精简为一次提交。"));
            actors.as("office", "OFFICE");
            return office.approveReply(d.id(), d.version());
        });
    }

    /** Arrives on the home page afresh (the test's page starts there, and the figures are counted on arrival). */
    private void home() {
        UI.getCurrent().navigate("charter");
        UI.getCurrent().navigate("");
    }

    private Anchor tile(String id) {
        return $(Anchor.class).id(id);
    }

    private static long count(Anchor tile) {
        return Long.parseLong(((Span) tile.getChildren().findFirst().orElseThrow()).getText());
    }

    /** Opens the tile's address as a click on it does. */
    private void follow(Anchor tile) {
        Location location = new Location(tile.getHref());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    @SuppressWarnings("unchecked")
    private List<Long> listed(String gridId) {
        Grid<SubmissionSummary> grid = $(Grid.class).id(gridId);
        return grid.getLazyDataView().getItems().map(SubmissionSummary::id).toList();
    }

    /** The state line of a tile: its words, and an icon beside them. */
    private static String mark(Anchor tile) {
        Span line = tile.getChildren().filter(c -> c.hasClassName("workbench-mark")).map(Span.class::cast)
                .findFirst().orElseThrow();
        assertThat(line.getChildren().findFirst()).get().isInstanceOf(Icon.class);
        return line.getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_what_waits_and_each_figure_opens_its_list_filtered() {
        SubmissionDetail fresh = item(SubmissionState.SUBMITTED);
        SubmissionDetail signed = item(SubmissionState.SIGNED);
        home();
        Anchor triage = tile("tile-triage");
        assertThat(count(triage)).isEqualTo(office.counts().triage()).isPositive();
        assertThat(triage.getHref()).isEqualTo("office/inbox?state=SUBMITTED");
        assertThat(tile("tile-review").getHref()).isEqualTo("office/inbox?state=REPLIED");
        follow(triage);
        assertThat($(ComboBox.class).id("inbox-state").getValue()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(listed("office-inbox")).contains(fresh.id()).doesNotContain(signed.id());

        clock.set(signed.deadline().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        home();
        Anchor overdue = tile("tile-overdue");
        assertThat(count(overdue)).isEqualTo(office.counts().overdue()).isPositive();
        assertThat(mark(overdue)).isEqualTo("已超期，请督办");
        follow(overdue);
        assertThat($(ComboBox.class).id("supervision-light").getValue()).isEqualTo(cn.ezhou.yshj.submission.DeadlineStatus.OVERDUE);
        assertThat(listed("supervision-grid")).contains(signed.id());
        home();
        follow(tile("tile-answers-late"));
        assertThat($(Checkbox.class).id("unanswered-late-only").getValue()).isTrue();
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void a_department_sees_its_items_to_sign_and_to_answer_with_their_deadlines_in_words() {
        SubmissionDetail assigned = item(SubmissionState.ASSIGNED);
        SubmissionDetail signed = item(SubmissionState.SIGNED);
        home();
        Anchor toSign = tile("tile-to-sign");
        assertThat(count(toSign)).isEqualTo(departments.counts().toSign()).isPositive();
        follow(toSign);
        assertThat($(ComboBox.class).id("department-task").getValue()).isEqualTo(cn.ezhou.yshj.submission.DepartmentTask.SIGN);
        assertThat(listed("department-inbox")).contains(assigned.id()).doesNotContain(signed.id());

        clock.set(signed.deadline().plusDays(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        home();
        Anchor toAnswer = tile("tile-to-answer");
        assertThat(count(toAnswer)).isEqualTo(departments.counts().toAnswer());
        assertThat(mark(toAnswer)).isEqualTo(departments.counts().answerOverdue() + " 件已超期");
        follow(toAnswer);
        assertThat(listed("department-inbox")).contains(signed.id()).doesNotContain(assigned.id());
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_sees_answers_to_rate_the_quarter_and_what_is_open_to_it() {
        charters.acknowledge(charters.current().orElseThrow().versionNumber());
        SubmissionDetail answered = item(SubmissionState.ANSWERED);
        home();
        Anchor answers = tile("tile-answered");
        assertThat(count(answers)).isEqualTo(submissions.myCounts().answered()).isPositive();
        assertThat(tile("tile-duty").getElement().getTextRecursively()).contains("季度已提交建议")
                .containsPattern("\\d{4}年第[1-4]季度"); // the year as a year, not "2,026"
        assertThat(tile("tile-duty").getHref()).isEqualTo("me");
        Anchor rounds = tile("tile-rounds");
        follow(answers);
        assertThat($(ComboBox.class).id("my-state").getValue()).isEqualTo(SubmissionState.ANSWERED);
        assertThat(listed("my-submissions")).contains(answered.id());

        follow(rounds);
        assertThat($(Checkbox.class).id("round-to-rate").getValue()).isTrue();
        home();
        follow(tile("tile-briefings"));
        assertThat($(Checkbox.class).id("briefing-unread-only").getValue()).isTrue();
        home();
        follow(tile("tile-open-consultations"));
        assertThat($(ComboBox.class).id("consultation-phase").getValue())
                .isEqualTo(cn.ezhou.yshj.consultation.ConsultationPhase.OPEN);
    }

    @Test
    @WithMockUser(username = "association", roles = "ASSOCIATION")
    void a_liaison_sees_open_consultations_and_policies_to_confirm() {
        home();
        assertThat(tile("tile-open-consultations").getHref()).isEqualTo("consultations?phase=OPEN");
        follow(tile("tile-policies"));
        assertThat($(Checkbox.class).id("policy-to-confirm").getValue()).isTrue();
        home();
        follow(tile("tile-activities"));
        assertThat($(Checkbox.class).id("activity-open-only").getValue()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_administrator_sees_failed_mail_and_the_administration_pages() {
        home();
        assertThat(tile("tile-failed-mail").getHref()).isEqualTo("admin/mail");
        assertThat(tile("tile-users").getHref()).isEqualTo("admin/users");
        assertThat($(Div.class).withId("board-office-items").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_still_reads_the_public_welcome() {
        home();
        assertThat($(Div.class).withId("workbench").exists()).isFalse();
        assertThat($(Anchor.class).id("landing-login").getHref()).isEqualTo("login");
    }

}
