package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.observer.TestIds;
import cn.ezhou.yshj.observer.internal.ObserverRepository;
import cn.ezhou.yshj.support.Chromium;
import cn.ezhou.yshj.support.PortalServerTest;
import cn.ezhou.yshj.support.TestClock;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The observer's whole way in, in Chromium: apply → review → publicity → objection dismissed →
 * appointment → activate the account → acknowledge the charter → see the duty record.
 */
@PortalServerTest
class ObserverJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ObserverRepository observers;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeEach
    void open() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        freshVisitor();
    }

    @AfterEach
    void close() {
        clock.reset();
        browser.close();
        playwright.close();
    }

    private void freshVisitor() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(60_000);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username, String password) {
        freshVisitor();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url("/"));
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void radio(String label) {
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).locator("input").check();
    }

    private void openRosterRow(String name) {
        page.navigate(url("/observers"));
        page.locator("#roster-name input").fill(name);
        assertThat(page.locator("#observers-grid")).containsText(name);
        // The filter applies once typing pauses: the demo observer's row must be gone before a row is chosen.
        assertThat(page.locator("#observers-grid")).not().containsText("观察员（演示）");
        page.locator("#observers-grid vaadin-checkbox").nth(1).click();
    }

    @Test
    void a_visitor_becomes_an_observer_and_sees_the_duty_record() {
        String name = "段誉";
        page.navigate(url("/apply"));
        page.getByLabel("姓名").fill(name);
        radio("男");
        page.getByLabel("身份证号码").fill(TestIds.next());
        page.getByLabel("手机号码").fill("13755556666");
        page.getByLabel("电子邮箱").fill("duanyu@example.cn");
        page.getByLabel("工作单位").fill("大理茶业有限公司");
        page.getByLabel("类别").fill("企业家");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("企业家").setExact(true)).click();
        radio("市级");
        page.locator("#apply-submit").click();
        String reference = page.locator("#apply-reference").textContent();

        logIn("office", "Demo#2026pass");
        openRosterRow(name);
        button("打开");
        button("开始审核");
        button("审核通过");
        button("关闭");
        openRosterRow(name);
        button("开始公示");
        page.locator("#batch-confirm").click();
        assertThat(page.locator("#observers-grid")).containsText("公示中");

        freshVisitor();
        page.navigate(url("/publicity"));
        assertThat(page.locator("#publicity-grid")).containsText(name);
        button("提出异议");
        page.getByLabel("异议人姓名").fill("王语嫣");
        page.getByLabel("联系方式").fill("13900001111");
        page.getByLabel("异议理由").fill("该申请人近期在外地经营，恐无暇履职");
        page.locator("#objection-send").click();
        assertThat(page.getByText("异议已收到")).isVisible();

        logIn("office", "Demo#2026pass");
        openRosterRow(name);
        button("打开");
        assertThat(page.getByText("该申请人近期在外地经营").first()).isVisible();
        page.getByLabel("理由").fill("经核实，本人已回鄂州经营，可以履职");
        button("异议不成立");
        button("关闭");

        clock.advance(Duration.ofDays(30));
        logIn("office", "Demo#2026pass"); // a month later the session has long ended
        openRosterRow(name);
        button("聘任");
        page.locator("#batch-confirm").click();
        assertThat(page.locator("#observers-grid")).containsText("EZ-GCY-");

        String code = observers.findByReferenceNo(reference).orElseThrow().getInvitationCode();
        freshVisitor();
        page.navigate(url("/invite/" + code));
        page.getByLabel("用户名").fill("duanyu");
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("lingbo-weibu-2026");
        page.getByLabel("再次输入密码").fill("lingbo-weibu-2026");
        button("设置密码并激活");
        assertThat(page.getByText("账户已激活")).isVisible();

        logIn("duanyu", "lingbo-weibu-2026");
        page.locator("#charter-acknowledge").click();
        page.waitForURL("**/me");
        assertThat(page.locator("#me-term")).containsText("EZ-GCY-");
        assertThat(page.locator("#me-charter")).containsText("已于");
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#me-letter").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("聘书-EZ-GCY-").endsWith(".docx");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/me.png")));
    }
}
