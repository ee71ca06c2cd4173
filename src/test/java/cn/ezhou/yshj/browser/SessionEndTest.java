package cn.ezhou.yshj.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.AccountUpdate;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import cn.ezhou.yshj.support.TestClock;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * In Chromium: an open tab, kept talking by push and a heartbeat every second, is still logged out
 * once its user has been idle too long or has lost access; logging in gives a new session id.
 */
@PortalServerTest
@TestPropertySource(properties = "vaadin.heartbeatInterval=1")
class SessionEndTest {

    static final String LOGIN = "/login";
    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired TestClock clock;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired AccountService accountService;
    @Autowired SecurityContextHolderStrategy security;
    BrowserContext context;
    Page page;

    @BeforeEach
    void openPage() {
        if (browser == null) {
            browser = new BrowserSession(port);
        }
        context = browser.browser().newContext();
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    @AfterEach
    void closePage() {
        context.close();
        clock.reset();
        security.clearContext();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String sessionId() {
        return context.cookies(browser.url("/")).stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElse(null);
    }

    /** Moves the clock on and waits (at most 30 seconds) for the tab's next heartbeat, the first request past the limit. */
    private void nextHeartbeatAfter(Duration later) {
        page.waitForResponse(r -> r.url().contains("v-r=heartbeat"), new Page.WaitForResponseOptions().setTimeout(30_000),
                () -> clock.advance(later));
    }

    /** The tab's session is gone: reloaded, it shows no one logged in, and a member's page asks to log in. */
    private void expectLoggedOut(String screenshot) {
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#user-menu")).not().isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.navigate(browser.url("/account"));
        PlaywrightAssertions.assertThat(page.locator("input[name='username']")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + screenshot + ".png")));
    }

    @Test
    void logging_in_gives_the_session_a_new_id() {
        page.navigate(browser.url(LOGIN));
        String before = sessionId();
        browser.logIn(page, "observer");
        assertThat(before).isNotNull();
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void an_idle_tab_is_logged_out_although_heartbeats_keep_arriving() {
        browser.logIn(page, "observer");
        // A few heartbeats: they alone keep nothing alive, but do not end a fresh session.
        for (int i = 0; i < 3; i++) {
            page.waitForResponse(r -> r.url().contains("v-r=heartbeat"), new Page.WaitForResponseOptions().setTimeout(30_000),
                    () -> { });
        }
        assertThat(page.url()).doesNotContain(LOGIN);

        nextHeartbeatAfter(Duration.ofMinutes(31));
        expectLoggedOut("session-idle");
    }

    @Test
    void a_tab_open_for_twelve_hours_is_logged_out_however_busy() {
        browser.logIn(page, "observer");
        for (int i = 1; i <= 24; i++) { // 11 h 36 min of requests in the tab's session, never 30 minutes idle
            clock.advance(Duration.ofMinutes(29));
            assertThat(page.request().get(browser.url("/styles.css")).ok()).isTrue();
        }
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#user-menu")).isVisible();
        nextHeartbeatAfter(Duration.ofMinutes(25)); // 12 h 01 min since the session began, idle for 25 minutes only
        expectLoggedOut("session-absolute");
    }

    @Test
    void disabling_an_account_logs_its_open_tab_out() {
        BrowserSession.ensureAccount(accounts, encoder, "session-end", "会话测试", "ASSOCIATION");
        browser.logIn(page, "session-end");
        new Actors(security, accounts).ensure("session-admin", null, "ADMIN").as("session-admin", "ADMIN");
        UserAccount account = accounts.findByUsername("session-end").orElseThrow();
        accountService.update(new AccountUpdate(account.getId(), account.getVersion(), Set.of("ASSOCIATION"), null, false));
        expectLoggedOut("session-disabled");
    }
}
