package cn.ezhou.yshj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** An item's page, opened by its address by someone outside the item's scope, shows "not found" and nothing of it. */
class ItemScopeOnPagesTest extends PortalViewTest {

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired CharterService charters;

    private SubmissionFlow flow;

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    private String headingOf(long id) {
        UI.getCurrent().navigate("submissions/" + id);
        return $(H2.class).first().getText();
    }

    private SubmissionDetail assignedToTheLead() {
        flow = new SubmissionFlow(security, accounts, submissions, office, departments);
        return flow.inState(SubmissionState.ASSIGNED);
    }

    @Test
    @WithMockUser(username = SubmissionFlow.OTHER_DEPT, roles = "DEPARTMENT")
    void another_department_opening_the_items_address_sees_not_found() {
        SubmissionDetail item = assignedToTheLead();
        flow.as(SubmissionFlow.OTHER_DEPT);
        assertThat(headingOf(item.id())).isEqualTo("未找到该诉求");
    }

    @Test
    @WithMockUser(username = SubmissionFlow.LEAD, roles = "DEPARTMENT")
    void the_lead_department_opening_the_same_address_sees_the_item() {
        SubmissionDetail item = assignedToTheLead();
        flow.as(SubmissionFlow.LEAD);
        assertThat(headingOf(item.id())).isEqualTo(item.title());
    }

    @Test
    @WithMockUser(username = SubmissionFlow.OTHER_OBSERVER, roles = "OBSERVER")
    void another_observer_opening_the_items_address_sees_not_found() {
        SubmissionDetail item = assignedToTheLead();
        flow.as(SubmissionFlow.OTHER_OBSERVER);
        charters.current().ifPresent(c -> charters.acknowledge(c.versionNumber()));
        assertThat(headingOf(item.id())).isEqualTo("未找到该诉求");
    }
}
