package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A satisfaction round in Chromium: the office opens it, an observer rates a department, the office sees it on the dashboard. */
@PortalServerTest
class RoundJourneyTest {

    private static final String OBSERVER = "round-observer";

    @LocalServerPort int port;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    BrowserSession session;
    Page page;

    @BeforeEach
    void open() {
        BrowserSession.ensureAccount(accounts, encoder, OBSERVER, "测评观察员", "OBSERVER");
        session = new BrowserSession(port);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String url(String path) {
        return session.url(path);
    }

    private void logIn(String username) {
        page = session.logIn(username);
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
