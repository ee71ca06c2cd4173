package cn.ezhou.yshj.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Two journeys of an observer's item for those who use the portal without a desk and a mouse:
 * by keyboard alone (the observer acknowledges the charter, writes and submits, and rates the
 * answer with Tab, the arrow keys, Space and Enter) and on a phone's 375 px screen (observer
 * submits, office assigns, department signs and replies).
 */
class PhoneAndKeyboardJourneyTest extends JourneyTest {

    /** Whether focus is on the element or inside it, through the shadow roots focus passes. */
    private static final String HOLDS_FOCUS = "e => { for (let a = document.activeElement; a;"
            + " a = a.shadowRoot && a.shadowRoot.activeElement) { if (a === e || e.contains(a)) return true; } return false; }";
    /** More stops than any page of the portal has before its last field; a missing stop fails, it does not hang. */
    private static final int MAX_TABS = 80;

    @Test
    void an_observer_submits_and_rates_by_keyboard_alone() {
        ensureAccount("keyboard-observer", "键盘观察员", "OBSERVER");
        ItemSteps steps = new ItemSteps(session, 1280, 900);
        Page page = steps.logIn("keyboard-observer");
        page.navigate(steps.url("/charter/acknowledge"));
        press(page, page.locator("#charter-acknowledge"), "Enter");
        page.waitForURL(u -> !u.contains("charter"));

        page.navigate(steps.url("/submissions/new"));
        pick(page, page.locator("#submission-type"), "问题反映/投诉");
        Locator domain = page.locator("#submission-domain");
        tabTo(page, domain);
        page.keyboard().type("政务环境");
        page.keyboard().press("Enter");
        assertThat(domain.locator("input")).hasValue("政务环境");
        tabTo(page, page.locator("#submission-title"));
        page.keyboard().type("企业开办仍需现场核验");
        tabTo(page, page.locator("#submission-body"));
        page.keyboard().type("网上申请营业执照后，仍被要求到窗口现场核验身份，希望全程网办。");
        press(page, page.locator("#submission-submit"), "Enter");
        String path = steps.submittedItemPath();
        steps.expectState("待分办");

        steps.assign(path, "市发改委");
        steps.signAndReply(path, "已开通线上身份核验，无需到场。");
        steps.approve(path);

        page = steps.logIn("keyboard-observer");
        page.navigate(steps.url(path));
        press(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("评价").setExact(true)), "Enter");
        pick(page, page.locator("#rating-choice"), "满意");
        press(page, page.locator("#action-confirm"), "Enter");
        steps.expectState("已办结");
        assertThat(page.locator("#submission-rating")).containsText("满意");
    }

    @Test
    void on_a_phone_an_observer_submits_the_office_assigns_and_the_department_replies() {
        ensureAccount("phone-observer", "手机观察员", "OBSERVER");
        ItemSteps steps = new ItemSteps(session, 375, 812);
        Page page = steps.logIn("phone-observer");
        steps.acknowledgeCharter();

        steps.fillComplaint("项目审批材料重复提交", "同一项目在两个环节被要求提交相同的可研材料。");
        assertNoSidewaysScroll(page);
        page.locator("#submission-submit").click();
        String path = steps.submittedItemPath();
        steps.expectState("待分办");

        steps.assign(path, "市发改委");
        assertNoSidewaysScroll(steps.page());
        steps.signAndReply(path, "已实行材料一次提交、部门共享。");
        assertNoSidewaysScroll(steps.page());
        assertThat(steps.page().locator("#submission-timeline")).containsText("答复");
    }

    /** Presses Tab until the element holds focus, then the key. */
    private static void press(Page page, Locator target, String key) {
        tabTo(page, target);
        page.keyboard().press(key);
    }

    private static void tabTo(Page page, Locator target) {
        target.waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if ((Boolean) target.evaluate(HOLDS_FOCUS)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab never reached " + target);
    }

    /** Tabs into a radio group, checks its first option with Space and moves with the arrow keys to the label. */
    private static void pick(Page page, Locator group, String label) {
        tabTo(page, group);
        page.keyboard().press("Space");
        Locator checked = group.locator("vaadin-radio-button[checked] label");
        for (int i = 0; i < 10; i++) {
            if (checked.count() == 1 && checked.textContent().strip().equals(label)) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        fail("The arrow keys never reached " + label + " in " + group);
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("sideways scroll at 375 px").isLessThanOrEqualTo(0);
    }
}
