package cn.ezhou.yshj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.LocalePreference;
import cn.ezhou.yshj.base.MenuPreference;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** The office's long menu folds into sections, and a folded section stays folded on the next visit. */
class MenuSectionsViewTest extends PortalViewTest {

    @Autowired ApplicationContext context;
    @Autowired MenuPreference preference;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired cn.ezhou.yshj.observer.CharterService charters;

    @BeforeEach
    void account() {
        new Actors(security, accounts).ensure("menu-office", "OFFICE", "OFFICE");
    }

    @AfterEach
    void unfold() {
        preference.saveCollapsedSections(Set.of());
    }

    private SideNavItem section(SideNav nav, String key) {
        return nav.getItems().stream().filter(i -> ("menu-section-" + key).equals(i.getId().orElse(null)))
                .findFirst().orElseThrow();
    }

    /** The menu as a new page load builds it. */
    private SideNav freshMenu() {
        MainLayout layout = new MainLayout(context.getBean(AuthenticationContext.class),
                context.getBeanProvider(LocalePreference.class), context.getBeanProvider(HeaderWidget.class),
                context.getBeanProvider(MenuPreference.class));
        return layout.getChildren().filter(SideNav.class::isInstance)
                .map(SideNav.class::cast).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "menu-office", roles = "OFFICE")
    void a_section_the_office_folds_stays_folded_on_the_next_page_load_and_opens_again() {
        navigate(LandingView.class);
        SideNav nav = $(SideNav.class).id("main-nav");
        SideNavItem submissions = section(nav, "submissions");
        assertThat(submissions.isExpanded()).isTrue();
        assertThat(submissions.getItems()).extracting(SideNavItem::getPath)
                .containsExactly("office/inbox", "office/supervision", "office/common-problems", "cases");

        submissions.setExpanded(false);
        assertThat(preference.collapsedSections()).containsExactly("submissions");
        SideNav next = freshMenu();
        assertThat(section(next, "submissions").isExpanded()).isFalse();
        assertThat(section(next, "evaluation").isExpanded()).isTrue();

        section(next, "submissions").setExpanded(true);
        assertThat(preference.collapsedSections()).isEmpty();
        assertThat(section(freshMenu(), "submissions").isExpanded()).isTrue();
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void a_short_menu_stays_flat() {
        charters.acknowledge(charters.current().orElseThrow().versionNumber());
        navigate(LandingView.class);
        assertThat($(SideNav.class).id("main-nav").getItems()).allMatch(i -> i.getItems().isEmpty());
    }
}
