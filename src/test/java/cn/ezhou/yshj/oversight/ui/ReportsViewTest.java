package cn.ezhou.yshj.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ezhou.yshj.base.BackgroundJobs;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The reports page offers an export prepared earlier (another session, instance or before a restart) again. */
class ReportsViewTest extends PortalViewTest {

    @Autowired BackgroundJobs jobs;

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_report_prepared_earlier_is_offered_for_download_when_the_page_opens() {
        String id = jobs.start("assessment-xlsx", p -> new BackgroundJobs.Result("assessment-earlier.xlsx",
                "application/test", new byte[] {1, 2, 3}));
        await("the export").atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> jobs.status(id).map(BackgroundJobs.Status::done).orElse(false));
        navigate(ReportsView.class);
        Div panel = $(Div.class).id("assessment-xlsx");
        assertThat(panel.getElement().getTextRecursively()).contains("已生成，点击下载：");
        assertThat($(Anchor.class, panel).all()).extracting(Anchor::getText).containsExactly("assessment-earlier.xlsx");
        assertThat($(Anchor.class, $(Div.class).id("assessment-docx")).all()).isEmpty();
    }
}
