package cn.ezhou.yshj.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of every role's navigation, on a desk (1280×900) and on a phone (375×812), checked
 * by axe against WCAG 2.1 A and AA: no violation of impact serious or critical. One browser for
 * the whole class and one log-in per role and width; the table of counts is printed at the end.
 */
@PortalServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** One row per role and width, printed when all have run. */
    private static final List<String> SUMMARY = new CopyOnWriteArrayList<>();
    /** Anonymous first, then the signed-in roles by their demo accounts. */
    private static final List<String> ROLES = List.of("visitor", "observer", "association", "dept", "office", "admin");
    /** {@code -Daxe.roles=office,admin} checks only those roles, e.g. while fixing one of them. */
    private static final String ONLY_ROLES = System.getProperty("axe.roles", "");
    private static final List<int[]> VIEWPORTS = List.of(new int[] {1280, 900}, new int[] {375, 812});

    /** Waits until the Flow client has no request in flight, so axe sees the rendered page. */
    private static final String FLOW_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";

    @LocalServerPort
    int port;

    BrowserSession session;

    @BeforeAll
    void open() {
        session = new BrowserSession(port);
    }

    @AfterAll
    void close() {
        session.close();
    }

    static Stream<Arguments> rolesAndWidths() {
        return ROLES.stream().filter(role -> ONLY_ROLES.isBlank() || List.of(ONLY_ROLES.split(",")).contains(role))
                .flatMap(role -> VIEWPORTS.stream().map(v -> Arguments.of(role, v[0], v[1])));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("rolesAndWidths")
    void no_serious_or_critical_violation_on_any_page_of_the_menu(String role, int width, int height) {
        Map<String, Integer> byImpact = new TreeMap<>();
        List<String> blocking = new ArrayList<>();
        int pages = 0;
        try (BrowserContext context = session.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(width, height))) {
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            if (role.equals("visitor")) {
                page.navigate(session.url("/"));
            } else {
                session.logIn(page, role);
            }
            settle(page);
            for (String path : menuPaths(page)) {
                if (pages > 0) {
                    page.navigate(session.url("/" + path));
                    settle(page);
                }
                pages++;
                List<Rule> violations = new AxeBuilder(page).withTags(TAGS).analyze().getViolations();
                for (Rule rule : violations) {
                    byImpact.merge(rule.getImpact(), 1, Integer::sum);
                    if (rule.getImpact().equals("serious") || rule.getImpact().equals("critical")) {
                        blocking.add(describe(role, width, path, rule));
                    }
                }
            }
        }
        SUMMARY.add(String.format("%-12s %5d %5d %9d %8d %9d %6d", role, width, pages,
                byImpact.getOrDefault("critical", 0), byImpact.getOrDefault("serious", 0),
                byImpact.getOrDefault("moderate", 0), byImpact.getOrDefault("minor", 0)));
        System.out.println(String.join("\n", blocking));
        assertThat(pages).as("pages in the menu of %s", role).isGreaterThan(1);
        assertThat(blocking).as("serious or critical axe violations").isEmpty();
    }

    @AfterAll
    static void summary() {
        System.out.printf("Accessibility (axe, %s):%n%-12s %5s %5s %9s %8s %9s %6s%n%s%n", String.join(" ", TAGS),
                "role", "width", "pages", "critical", "serious", "moderate", "minor", String.join("\n", SUMMARY));
    }

    private static void settle(Page page) {
        page.waitForFunction(FLOW_IDLE);
    }

    /** The routes the side navigation offers this user, the landing page included. */
    private static Set<String> menuPaths(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("");
        for (Object path : (List<?>) page.evalOnSelectorAll("#main-nav vaadin-side-nav-item",
                "items => items.map(i => i.getAttribute('path') || '')")) {
            paths.add(path.toString().replaceFirst("^/", ""));
        }
        return paths;
    }

    private static String describe(String role, int width, String path, Rule rule) {
        StringBuilder text = new StringBuilder()
                .append(role).append(' ').append(width).append(" /").append(path).append(": ")
                .append(rule.getImpact()).append(' ').append(rule.getId()).append(" — ").append(rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append(' ').append(abbreviate(node.getHtml()));
        }
        return text.toString();
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
