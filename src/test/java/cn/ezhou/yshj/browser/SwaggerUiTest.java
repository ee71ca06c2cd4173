package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.Chromium;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI works under the portal's own Content-Security-Policy: the page lists the open data
 * API's operations and runs one, and the browser reports no blocked script, style, image or request.
 */
@PortalServerTest
class SwaggerUiTest {

    @LocalServerPort
    int port;

    @Test
    void swagger_ui_lists_and_runs_the_open_data_api_without_a_policy_violation() {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.addInitScript("window.__violations = [];"
                    + "document.addEventListener('securitypolicyviolation',"
                    + " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.navigate("http://localhost:" + port + "/api/open/docs");

            Locator list = page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/open/v1/policies"))
                    .first();
            assertThat(list).isVisible();
            assertThat(page.locator(".opblock")).hasCount(9);
            list.click();
            page.locator("button.try-out__btn").click();
            page.locator("button.execute").click();
            assertThat(page.locator(".live-responses-table tr.response .response-col_status").first()).hasText("200");

            assertThat((List<?>) page.evaluate("window.__violations")).as("Content-Security-Policy violations").isEmpty();
            assertThat(errors).as("console errors").noneMatch(e -> e.contains("Content Security Policy"));
            context.close();
        }
    }
}
