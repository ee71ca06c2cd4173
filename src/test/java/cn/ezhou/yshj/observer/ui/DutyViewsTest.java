package cn.ezhou.yshj.observer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.observer.EvaluationGrade;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.ObserverSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import cn.ezhou.yshj.observer.DutyFixture;
import cn.ezhou.yshj.observer.ObligationShortfall;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** The observer's duty figures on /me and the office's list of observers below the quarterly minimum. */
class DutyViewsTest extends PortalViewTest {

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
    CharterService charters;
    @Autowired
    TestClock clock;
    @Autowired
    EvaluationService evaluations;

    DutyFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = DutyFixture.of(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_an_observer_without_suggestions_in_the_quarter() {
        fixture.at("2026-07-01");
        DutyFixture.Appointed idle = fixture.appoint("视图甲", LocalDate.parse("2028-07-30"), false);
        navigate(ObligationView.class);
        @SuppressWarnings("unchecked")
        Grid<ObligationShortfall> grid = $(Grid.class).id("obligation-grid");
        int row = test(grid).size() - 1;
        while (row >= 0 && test(grid).getRow(row).observerId() != idle.observer().id()) {
            row--;
        }
        assertThat(row).isNotNegative();
        assertThat(test(grid).getCellText(row, 0)).isEqualTo("视图甲");
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("0");
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("未激活（无法提醒）");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_observer_sees_the_quarter_s_suggestions_against_the_minimum() {
        fixture.at("2026-07-01");
        DutyFixture.Appointed a = fixture.appoint("视图乙", LocalDate.parse("2028-07-30"), true);
        fixture.submit(a.username(), "三季度建议");
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        navigate(MyRecordView.class);
        assertThat($(Paragraph.class).id("me-obligation").getText()).isEqualTo("本季度已提交 1 条，至少需 1 条 — 已达到");
        @SuppressWarnings("unchecked")
        Grid<Object> figures = $(Grid.class).id("me-figures");
        assertThat(test(figures).getCellText(0, 0)).isEqualTo("提交建议");
        assertThat(test(figures).getCellText(0, 1)).isEqualTo("1");
        assertThat(test(figures).getCellText(0, 2)).isEqualTo("1");
        assertThat(test(figures).getCellText(4, 0)).isEqualTo("参加活动");
        assertThat(test(figures).getCellText(4, 1)).isEqualTo("0");
        assertThat(test(figures).getCellText(5, 0)).isEqualTo("参与满意度测评（轮）");
        assertThat(test(figures).getCellText(5, 2)).isEqualTo("0");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    @SuppressWarnings("unchecked")
    void the_evaluation_opens_on_the_suggested_grade_and_a_different_grade_without_a_reason_is_refused() {
        fixture.at("2026-01-02");
        DutyFixture.Appointed a = fixture.appoint("视图考评丙", LocalDate.parse("2028-01-31"), true);
        fixture.submit(a.username(), "一季度建议");
        fixture.at("2026-11-10");
        fixture.asOffice();
        navigate(ObserversView.class);
        test($(TextField.class).all().get(0)).setValue("视图考评丙");
        Grid<ObserverSummary> grid = $(Grid.class).id("observers-grid");
        grid.select(test(grid).getRow(0));
        test($(Button.class).all().stream().filter(b -> "打开".equals(b.getText())).findFirst().orElseThrow()).click();

        assertThat($(Paragraph.class).id("evaluation-suggestion").getText())
                .isEqualTo("季度履职：计入3个季度，1个达到最低要求；建议等次：不称职");
        Select<EvaluationGrade> grade = $(Select.class).all().getFirst();
        assertThat(grade.getValue()).isEqualTo(EvaluationGrade.INCOMPETENT);
        Button save = $(Button.class).all().stream().filter(b -> "保存".equals(b.getText())).findFirst().orElseThrow();
        test(grade).selectItem("称职");
        test(save).click();
        assertThat(evaluations.evaluations(a.observer().id())).as("refused without a reason").isEmpty();
        TextField comment = $(TextField.class).all().stream()
                .filter(f -> f.getLabel() != null && f.getLabel().startsWith("评语")).findFirst().orElseThrow();
        test(comment).setValue("三季度起带病坚持参加调研");
        test(save).click();
        assertThat(evaluations.evaluations(a.observer().id())).singleElement().satisfies(e -> {
            assertThat(e.grade()).isEqualTo(EvaluationGrade.COMPETENT);
            assertThat(e.suggestedGrade()).isEqualTo(EvaluationGrade.INCOMPETENT);
        });
        assertThat($(ListItem.class).all()).anyMatch(li -> li.getText().startsWith("2026：称职（建议等次：不称职）"));
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    @SuppressWarnings("unchecked")
    void a_renewal_is_shown_as_waiting_in_the_roster_and_as_the_second_term_once_it_began() {
        fixture.at("2026-05-01");
        fixture.appoint("视图续聘丁", LocalDate.parse("2026-06-30"), false);
        fixture.asOffice();
        navigate(ObserversView.class);
        test($(TextField.class).all().get(0)).setValue("视图续聘丁");
        Grid<ObserverSummary> grid = $(Grid.class).id("observers-grid");
        grid.select(test(grid).getRow(0));
        test($(Button.class).all().stream().filter(b -> "打开".equals(b.getText())).findFirst().orElseThrow()).click();
        $(DatePicker.class).id("renew-until").setValue(LocalDate.parse("2028-06-30"));
        test($(Button.class).id("renew")).click();
        assertThat(test(grid).getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("state"))))
                .isEqualTo("已聘任（已续聘至2028-06-30）");

        fixture.at("2026-07-01");
        fixture.actors().meanwhile(() -> {
            fixture.asOffice();
            return observers.expireDue();
        });
        navigate(ObserversView.class);
        test($(TextField.class).all().get(0)).setValue("视图续聘丁");
        Grid<ObserverSummary> after = $(Grid.class).id("observers-grid");
        assertThat(test(after).getCellText(0, after.getColumns().indexOf(after.getColumnByKey("state"))))
                .isEqualTo("已聘任（第2届·续聘）");
        assertThat(after.getGenericDataView().getItems().findFirst().orElseThrow().termStart())
                .isEqualTo(LocalDate.parse("2026-07-01"));
    }
}
