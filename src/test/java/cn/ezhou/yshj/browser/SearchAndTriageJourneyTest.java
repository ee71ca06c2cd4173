package cn.ezhou.yshj.browser;

import static cn.ezhou.yshj.support.MadeUpWords.tag;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The office at triage in Chromium: it finds two items by a word of their text in its inbox, with
 * the word marked; assigns the first to the department the advice suggests, with one click; and
 * merges the second into the first from the similar items shown on the second.
 */
class SearchAndTriageJourneyTest extends JourneyTest {

    private static final String OBSERVER = "search-observer";

    ItemSteps steps;
    Page page;

    @BeforeEach
    void open() {
        ensureAccount(OBSERVER, "检索观察员", "OBSERVER");
        steps = new ItemSteps(session, 1280, 900);
    }

    @Test
    void the_office_searches_assigns_as_suggested_and_merges_a_duplicate() {
        String tag = tag();
        page = steps.logIn(OBSERVER);
        steps.acknowledgeCharter();
        String first = submit("增值税留抵退税迟迟不到账",
                "我公司申请增值税留抵退税，材料齐全，编号" + tag + "，已经两个月未到账，影响资金周转。");
        String second = submit("留抵退税仍未到账",
                "增值税留抵退税申请" + tag + "至今没有到账，请税务部门加快退税办理。");

        page = steps.logIn("office");
        page.navigate(steps.url("/office/inbox"));
        page.locator("#item-search input").fill(tag);
        assertThat(page.locator("#item-search-found")).hasText("找到 2 件");
        assertThat(page.locator("#office-inbox mark").first()).hasText(tag);

        steps.act(first, "交办");
        Locator suggestion = page.locator(".triage-suggestion[data-unit=SWJ]");
        assertThat(suggestion).isVisible();
        suggestion.click();
        assertThat(page.locator("#assign-lead input")).hasValue("市税务局");
        steps.confirm();
        steps.expectState("已交办");

        page.navigate(steps.url(second));
        Locator row = page.locator("div", new Page.LocatorOptions().setHasText("增值税留抵退税迟迟不到账"))
                .filter(new Locator.FilterOptions().setHas(page.locator("vaadin-button", new Page.LocatorOptions()
                        .setHasText("合并至该项")))).last();
        row.locator("vaadin-button", new Locator.LocatorOptions().setHasText("合并至该项")).click();
        steps.confirm();
        steps.expectState("已合并");
    }

    private String submit(String title, String body) {
        steps.fillComplaint(title, body);
        page.locator("#submission-submit").click();
        return steps.submittedItemPath();
    }
}
