package cn.ezhou.yshj.routes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.security.ui.LoginView;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every page the portal registers, opened by a visitor and by each role: a page the user may open
 * renders without an error; any other sends a visitor to log in and shows a logged-in user no page.
 * The routes come from the portal's own route registry, so a new page cannot be forgotten, and
 * every page must say who may open it.
 */
class RoutesByRoleTest extends PortalViewTest {

    @Autowired
    CharterService charters;

    /** An id no item has: detail pages must answer "not found", not fail. */
    private static final String UNKNOWN_ID = "987654321";

    private List<Class<? extends Component>> routes() {
        List<Class<? extends Component>> routes = new ArrayList<>(discoverRoutes().getRoutes());
        routes.sort(Comparator.comparing(Class::getName));
        assertThat(routes).as("the registry knows the portal's pages").hasSizeGreaterThan(40);
        return routes;
    }

    private static String path(Class<? extends Component> route) {
        return route.getAnnotation(Route.class).value()
                .replaceAll(":id\\([^)]*\\)", UNKNOWN_ID)
                .replace(":code", "no-such-invitation");
    }

    private static boolean mayOpen(Class<?> route, Set<String> roles) {
        if (route.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (route.isAnnotationPresent(PermitAll.class)) {
            return !roles.isEmpty();
        }
        RolesAllowed allowed = route.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(roles::contains);
    }

    /** Pages that send a user elsewhere by design, e.g. the log-in page someone already logged in. */
    private static final Set<String> FORWARDS = Set.of();

    /** Opens every page as the current user and lists what went wrong. */
    private void openEveryPage(String... roles) {
        Set<String> held = Set.of(roles);
        List<String> problems = new ArrayList<>();
        for (Class<? extends Component> route : routes()) {
            String path = path(route);
            boolean allowed = mayOpen(route, held);
            Class<?> shown;
            try {
                UI.getCurrent().navigate(path);
                shown = getCurrentView().getClass();
            } catch (RuntimeException e) {
                problems.add(path + ": " + e);
                continue;
            }
            if (allowed && !shown.equals(route) && !FORWARDS.contains(route.getSimpleName() + " -> " + shown.getSimpleName())) {
                problems.add(path + ": may be opened but showed " + shown.getSimpleName());
            } else if (!allowed && shown.equals(route)) {
                problems.add(path + ": opened although " + held + " may not");
            } else if (!allowed && held.isEmpty() && !shown.equals(LoginView.class)) {
                problems.add(path + ": a visitor was not sent to log in but shown " + shown.getSimpleName());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_page_says_who_may_open_it() {
        assertThat(routes()).allSatisfy(route -> assertThat(route.isAnnotationPresent(AnonymousAllowed.class)
                || route.isAnnotationPresent(PermitAll.class) || route.isAnnotationPresent(RolesAllowed.class))
                .as(route.getSimpleName()).isTrue());
    }

    @Test
    @WithAnonymousUser
    void a_visitor_opens_the_public_pages_and_is_sent_to_log_in_elsewhere() {
        openEveryPage();
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_opens_exactly_the_pages_of_an_observer() {
        charters.acknowledge(charters.current().orElseThrow().versionNumber());
        openEveryPage("OBSERVER");
    }

    @Test
    @WithMockUser(username = "association", roles = "ASSOCIATION")
    void an_association_opens_exactly_the_pages_of_an_association() {
        openEveryPage("ASSOCIATION");
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void a_department_opens_exactly_the_pages_of_a_department() {
        openEveryPage("DEPARTMENT");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_opens_exactly_the_pages_of_the_office() {
        openEveryPage("OFFICE");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_opens_exactly_the_pages_of_an_administrator() {
        openEveryPage("ADMIN");
    }
}
