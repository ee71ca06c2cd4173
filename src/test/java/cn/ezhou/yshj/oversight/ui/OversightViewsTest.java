package cn.ezhou.yshj.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.oversight.LeagueMethodCommand;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;

/** The dashboard and the league table without a browser: what each role is shown. */
class OversightViewsTest extends PortalViewTest {

    @Autowired LeagueTable league;

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_sees_the_headline_figures_the_chart_with_its_numbers_and_the_method() {
        navigate(DashboardView.class);
        assertThat($(KeyFigures.class).id("key-figures").getChildren().count()).isEqualTo(12);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("figure-routingHits").getElement().getTextRecursively())
                .contains("分办建议命中");
        assertThat($(PortalChart.class).id("trend-chart").getElement().getPropertyRaw("option")).isNotNull();
        assertThat($(Grid.class).id("trend-table")).isNotNull();
        assertThat($(Span.class).id("figures-as-of").getText()).startsWith("数据截至");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("统计对象为办理期限"));
    }

    @Test
    @WithMockUser(username = "association", roles = "ASSOCIATION")
    void an_association_is_told_the_league_table_is_not_published_until_the_office_publishes_it() {
        setMethod(false);
        navigate(LeagueView.class);
        assertThat($(Paragraph.class).id("league-not-published").getText()).isEqualTo("优化办尚未公开部门红黑榜，公开后即可查看");
        assertThat($(LeagueGrid.class).all()).isEmpty();
        setMethod(true);
        com.vaadin.flow.component.UI.getCurrent().refreshCurrentRoute(true);
        assertThat($(LeagueGrid.class).id("league-table").getColumns()).hasSize(12);
        assertThat($(Paragraph.class).id("league-method").getText()).contains("权重40%").endsWith("当前已向观察员和商会协会公开。");
        setMethod(false);
    }

    private void setMethod(boolean published) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office",
                "x", java.util.List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
        try {
            league.saveMethod(new LeagueMethodCommand(league.method().version(), 40, 15, 25, 10, 10, 0, 20, published));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
