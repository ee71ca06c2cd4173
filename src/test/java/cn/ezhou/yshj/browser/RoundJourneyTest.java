package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Chromium;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A satisfaction round in Chromium: the office opens it, an observer rates a department, the office sees it on the dashboard. */
@PortalServerTest
class RoundJourneyTest {

    private static final String PASSWORD = "Demo#2026pass";
    private static final String OBSERVER = "round-observer";

    @LocalServerPort int port;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeEach
    void open() {
        if (!accounts.existsByUsername(OBSERVER)) {
            UserAccount account = new UserAccount(OBSERVER, "测评观察员", "round@test.invalid", Set.of("OBSERVER"), null,
                    Instant.parse("2026-01-01T00:00:00Z"));
            account.setPasswordHash(encoder.encode(PASSWORD));
            accounts.save(account);
        }
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterEach
    void close() {
        browser.close();
        playwright.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    @Test
    void the_office_opens_a_round_an_observer_rates_and_the_dashboard_shows_it() {
        logIn("office");
        page.navigate(url("/rounds/new"));
        page.locator("#round-title input").fill("2026年下半年满意度测评（旅程）");
        page.locator("#round-open").click();
        page.waitForURL(u -> u.matches(".*/rounds/\\d+$"));
        String path = page.url().substring(page.url().indexOf("/rounds/"));

        logIn(OBSERVER);
        page.navigate(url("/charter/acknowledge"));
        page.locator("#charter-acknowledge").click();
        page.waitForURL(u -> !u.contains("charter"));
        page.navigate(url(path));
        page.locator("#rate-FGW").click();
        for (int i = 0; i < 4; i++) {
            page.locator("#score-" + i + " vaadin-radio-button", new Page.LocatorOptions().setHasText("4")).locator("input").check();
        }
        page.locator("#rating-comment textarea").fill("办事效率有提升");
        page.locator("#rating-send").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.locator(".engagement-row", new Page.LocatorOptions().setHasText("市发改委"))).containsText("已评价");

        logIn("office");
        page.navigate(url("/office/dashboard"));
        assertThat(page.locator("#round-results")).containsText("2026年下半年满意度测评（旅程）");
        assertThat(page.locator("#round-results vaadin-grid").last()).containsText("市发改委");
        assertThat(page.locator("#round-results vaadin-grid").last()).containsText("4.00");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target/screenshots/dashboard.png")));
    }
}
