package cn.ezhou.yshj.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.AccountSummary;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Administrators list accounts and invite people; nobody else reaches the page. */
class UsersViewTest extends PortalViewTest {

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_sees_the_demo_accounts_and_creates_an_invitation_link() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).id("users-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(5);
        test($(Button.class).id("invite-button")).click();
        test($(TextField.class).all().stream().filter(f -> "姓名".equals(f.getLabel())).findFirst().orElseThrow())
                .setValue("赵六");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class).single();
        test(roles).selectItem("观察员");
        test($(Button.class).all().stream().filter(b -> "生成邀请".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat($(TextField.class).id("invitation-link").getValue()).contains("invite/");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_cannot_open_the_users_page() {
        try {
            navigate(UsersView.class);
        } catch (RuntimeException expected) {
            // access denied: the router refuses the navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
