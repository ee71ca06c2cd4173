package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ezhou.yshj.support.BrowserSession;
import cn.ezhou.yshj.support.PortalServerTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
    ItemSteps steps;
    Page page;

    @BeforeEach
    void open() {
        BrowserSession.ensureAccount(accounts, encoder, OBSERVER, "旅程观察员", "OBSERVER");
        session = new BrowserSession(port);
        steps = new ItemSteps(session, 1280, 900);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String url(String path) {
        return session.url(path);
    }

    private Page logIn(String username) {
        page = steps.logIn(username);
        return page;
    }

    @Test
    void an_observer_submission_goes_through_a_reopening_to_a_satisfied_close() {
        logIn(OBSERVER);
        steps.acknowledgeCharter();
        page.navigate(url("/submissions/new"));
        steps.radio("问题反映/投诉");
        steps.choose("所属领域", "政务环境");
        page.locator("#submission-title input").fill("不动产登记需跑三个窗口");
        page.locator("#submission-body textarea").fill("办理不动产登记时需要在三个窗口分别排队。\n希望一窗受理。");
        assertThat(page.locator("#autosave-status")).containsText("草稿已自动保存");
        page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload("窗口照片说明.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");
        page.locator("#submission-submit").click();
        String path = steps.submittedItemPath();
        steps.expectState("待分办");
        assertThat(page.locator("#submission-timeline")).containsText("提交");

        assertThat(page.locator(".attachment-list")).containsText("窗口照片说明.pdf");

        logIn("office");
        page.navigate(url("/office/inbox"));
        assertThat(page.locator("#office-inbox")).containsText("不动产登记需跑三个窗口");
        steps.act(path, "交办");
        steps.choose("牵头部门", "市发改委");
        steps.confirm();
        steps.expectState("已交办");

        steps.signAndReply(path, "已设立综合窗口。");

        // The observer keeps a page open; the bell's count goes up by itself when the answer is approved.
        BrowserContext watcher = session.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page observerPage = watcher.newPage();
        session.logIn(observerPage, OBSERVER);
        observerPage.navigate(url("/submissions"));
        observerPage.locator("#notification-bell").waitFor();
        Locator bell = observerPage.locator("#notification-count");
        assertThat(bell).hasText("2"); // told when the department was assigned and when it signed
        int before = bell.isVisible() ? Integer.parseInt(bell.textContent().strip()) : 0;

        steps.approve(path);
        assertThat(bell).hasText(String.valueOf(before + 1));
        watcher.close();

        logIn(OBSERVER);
        page.navigate(url(path));
        assertThat(page.locator("#submission-reply")).containsText("已设立综合窗口。");
        steps.act(path, "评价");
        steps.radio("不满意");
        page.locator("#action-text textarea").fill("实际仍需跑两个窗口");
        steps.confirm();
        assertThat(page.locator("#submission-rating")).containsText("不满意");

        logIn("office");
        steps.act(path, "重新交办");
        page.locator("#action-text textarea").fill("提交人反映仍需跑两个窗口，请核实");
        steps.confirm();
        steps.expectState("已交办");

        steps.signAndReply(path, "已合并为一个窗口，现场核实通过。");

        steps.approve(path);

        logIn(OBSERVER);
        steps.act(path, "评价");
        steps.radio("满意");
        steps.confirm();
        steps.expectState("已办结");
        assertThat(page.locator("#submission-timeline")).containsText("重新交办");
        page.navigate(url("/submissions"));
        assertThat(page.locator("#my-submissions")).containsText("已办结");
    }
}
