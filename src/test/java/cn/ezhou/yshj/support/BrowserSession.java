package cn.ezhou.yshj.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import java.time.Instant;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Chromium against the portal under test, for the journeys: each log-in opens a fresh browser
 * context (its own session), so a journey can pass from one person to the next.
 */
public final class BrowserSession implements AutoCloseable {

    public static final String PASSWORD = "Demo#2026pass";

    private final Playwright playwright = Playwright.create();
    private final Browser browser = Chromium.launch(playwright);
    private final int port;
    private BrowserContext context;

    public BrowserSession(int port) {
        this.port = port;
    }

    /** Creates a local account with the demo password once, for a journey that needs a person of its own. */
    public static void ensureAccount(UserAccountRepository accounts, PasswordEncoder encoder, String username,
                                     String displayName, String role) {
        if (!accounts.existsByUsername(username)) {
            UserAccount account = new UserAccount(username, displayName, username + "@test.invalid", Set.of(role), null,
                    Instant.parse("2026-01-01T00:00:00Z"));
            account.setPasswordHash(encoder.encode(PASSWORD));
            accounts.save(account);
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in as the user in a new context (closing the previous one) and returns its page on the landing page. */
    public Page logIn(String username) {
        return logIn(username, 1280, 900);
    }

    /** The same on a screen of the given size, e.g. a phone's 375×812. */
    public Page logIn(String username, int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        logIn(page, username);
        return page;
    }

    /** Logs in on a page of a context the caller keeps, e.g. a second person watching live. */
    public void logIn(Page page, String username) {
        page.setDefaultTimeout(60_000);
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
