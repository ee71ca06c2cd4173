package cn.ezhou.yshj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The main navigation shows each role only the entries it may open. */
class NavigationByRoleTest extends PortalViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    cn.ezhou.yshj.observer.CharterService charters;

    private List<String> navigationLabels() {
        navigate(LandingView.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    /** The menu as it reads: top-level entries, a section with its entries in brackets. */
    private List<String> menu() {
        navigate(LandingView.class);
        return $(SideNav.class).id("main-nav").getItems().stream()
                .map(i -> i.getItems().isEmpty() ? i.getLabel()
                        : i.getLabel() + i.getItems().stream().map(SideNavItem::getLabel).toList())
                .toList();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_sees_users_organisation_and_calendar_in_sections() {
        assertThat(menu()).containsExactly("首页", "站内搜索", "诉求办理[典型案例]", "观察员[观察员公示, 观察员权利义务, 权利义务管理]",
                "商会协会与政策[征求意见, 政策发布, 商会协会]",
                "系统管理[组织机构, 行业标签, 工作日历, 办理时限, 用户与邀请, 审计日志, 发送失败的邮件, 搜索索引]", "我的账户");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_organisation_and_calendar_but_not_users_in_sections() {
        assertThat(menu()).containsExactly("首页", "站内搜索", "诉求办理[诉求收件箱, 督办, 共性问题, 典型案例]",
                "观察员[观察员公示, 观察员权利义务, 通报资料, 活动, 观察员队伍, 队伍规模, 季度履职, 权利义务管理]",
                "商会协会与政策[征求意见, 政策发布, 商会协会]", "评价考核[数据看板, 部门红黑榜, 通报考核, 满意度测评]",
                "系统管理[组织机构, 行业标签, 工作日历, 办理时限]", "我的账户");
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_sees_no_administration() {
        charters.acknowledge(charters.current().orElseThrow().versionNumber());
        assertThat(navigationLabels()).containsExactly("首页", "站内搜索", "我的履职档案", "我的诉求", "部门红黑榜", "观察员公示", "观察员权利义务", "征求意见", "政策发布", "满意度测评", "通报资料", "活动", "典型案例", "我的账户");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_sees_only_the_public_pages_and_a_login_link() {
        assertThat(navigationLabels()).containsExactly("首页", "站内搜索", "观察员公示", "观察员权利义务", "征求意见", "政策发布", "典型案例");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("login-link").getHref()).isEqualTo("login");
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void labels_follow_the_chosen_language() {
        UI.getCurrent().setLocale(PortalTranslations.ENGLISH);
        navigate(cn.ezhou.yshj.security.ui.LoginView.class); // leave the layout, as the page reload does
        assertThat(navigationLabels()).containsExactly("Home", "Search", "Department inbox", "Answer templates", "Department league table", "Observer publicity", "Observer charter", "Consultations", "Policies", "Satisfaction rounds", "Typical cases", "My account");
    }
}
