package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A submission's whole way in Chromium: the observer submits → the office assigns → the
 * department signs and replies → the office approves → the observer is dissatisfied → the office
 * reopens → a second reply → approved → satisfied → closed; the observer's bell counts up live.
 */
@PortalServerTest
class SubmissionJourneyTest {

    /** An observer of its own: the test acknowledges the charter, which other tests expect still pending for the demo one. */
    private static final String OBSERVER = "journey-observer";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    BrowserSession session;
    Page page;

    @BeforeEach
    void open() {
        BrowserSession.ensureAccount(accounts, encoder, OBSERVER, "旅程观察员", "OBSERVER");
        session = new BrowserSession(port);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String url(String path) {
        return session.url(path);
    }

    private Page logIn(String username) {
        page = session.logIn(username);
        return page;
    }

    private void act(String itemPath, String actionButton) {
        page.navigate(url(itemPath));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(actionButton).setExact(true)).click();
    }

    private void confirm() {
        page.locator("#action-confirm").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    private void radio(String label) {
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).first().locator("input").check();
    }

    private void choose(String fieldLabel, String option) {
        page.getByLabel(fieldLabel).first().fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private void expectState(String state) {
        assertThat(page.locator("#submission-state")).hasText(state);
    }

    private void reply(String path, String text) {
        logIn("dept");
        act(path, "签收");
        confirm();
        expectState("办理中");
        act(path, "答复");
        radio("已解决");
        page.locator("#action-text textarea").fill(text);
        confirm();
        expectState("答复待审核");
    }

    @Test
    void an_observer_submission_goes_through_a_reopening_to_a_satisfied_close() {
        logIn(OBSERVER);
        page.navigate(url("/charter/acknowledge")); // an observer acknowledges the charter before anything else
        page.locator("#charter-acknowledge").click();
        page.waitForURL(u -> !u.contains("charter"));
        page.navigate(url("/submissions/new"));
        radio("问题反映/投诉");
        choose("所属领域", "政务环境");
        page.locator("#submission-title input").fill("不动产登记需跑三个窗口");
        page.locator("#submission-body textarea").fill("办理不动产登记时需要在三个窗口分别排队。\n希望一窗受理。");
        assertThat(page.locator("#autosave-status")).containsText("草稿已自动保存");
        page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload("窗口照片说明.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");
        page.locator("#submission-submit").click();
        page.waitForURL(u -> u.matches(".*/submissions/\\d+$"));
        String path = page.url().substring(page.url().indexOf("/submissions/"));
        expectState("待分办");
        assertThat(page.locator("#submission-timeline")).containsText("提交");

        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");

        logIn("office");
        page.navigate(url("/office/inbox"));
        assertThat(page.locator("#office-inbox")).containsText("不动产登记需跑三个窗口");
        act(path, "交办");
        choose("牵头部门", "市发改委");
        confirm();
        expectState("已交办");

        reply(path, "已设立综合窗口。");

        // The observer keeps a page open; the bell's count goes up by itself when the answer is approved.
        BrowserContext watcher = session.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page observerPage = watcher.newPage();
        session.logIn(observerPage, OBSERVER);
        observerPage.navigate(url("/submissions"));
        observerPage.locator("#notification-bell").waitFor();
        Locator bell = observerPage.locator("#notification-count");
        assertThat(bell).hasText("2"); // told when the department was assigned and when it signed
        int before = bell.isVisible() ? Integer.parseInt(bell.textContent().strip()) : 0;

        logIn("office");
        act(path, "审核通过答复");
        confirm();
        expectState("已答复");
        assertThat(bell).hasText(String.valueOf(before + 1));
        watcher.close();

        logIn(OBSERVER);
        page.navigate(url(path));
        assertThat(page.locator("#submission-reply")).containsText("已设立综合窗口。");
        act(path, "评价");
        radio("不满意");
        page.locator("#action-text textarea").fill("实际仍需跑两个窗口");
        confirm();
        assertThat(page.locator("#submission-rating")).containsText("不满意");

        logIn("office");
        act(path, "重新交办");
        page.locator("#action-text textarea").fill("提交人反映仍需跑两个窗口，请核实");
        confirm();
        expectState("已交办");

        reply(path, "已合并为一个窗口，现场核实通过。");

        logIn("office");
        act(path, "审核通过答复");
        confirm();

        logIn(OBSERVER);
        act(path, "评价");
        radio("满意");
        confirm();
        expectState("已办结");
        assertThat(page.locator("#submission-timeline")).containsText("重新交办");
        page.navigate(url("/submissions"));
        assertThat(page.locator("#my-submissions")).containsText("已办结");
    }
}
