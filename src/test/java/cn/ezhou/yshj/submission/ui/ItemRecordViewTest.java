package cn.ezhou.yshj.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.AssignCommand;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DraftCommand;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.ReplyCommand;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionDetail;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionType;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** An item's printable record holds what its page shows the viewer: facts, text, reply and timeline. */
class ItemRecordViewTest extends PortalViewTest {

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired DirectoryService directory;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "dept", roles = "DEPARTMENT")
    void a_department_prints_the_record_with_the_pseudonym_the_reply_and_the_timeline() throws Exception {
        clock.set(Instant.parse("2026-06-30T02:00:00Z"));
        Actors actors = new Actors(security, accounts).ensure("observer", null, "OBSERVER")
                .ensure("office", "OFFICE", "OFFICE").ensure("dept", "FGW", "DEPARTMENT");
        long id = actors.meanwhile(() -> {
            actors.as("observer", "OBSERVER");
            SubmissionDetail d = submissions.submit(new DraftCommand(UUID.randomUUID().toString(), SubmissionType.COMPLAINT,
                    "GOVERNMENT", "ECQ", "园区企业用电报装慢", "园区新建厂房用电报装三个月未通电。", "FGW", false));
            actors.as("office", "OFFICE");
            d = office.assign(d.id(), d.version(), new AssignCommand("FGW", List.of(), false));
            actors.as("dept", "DEPARTMENT");
            d = departments.sign(d.id(), d.version());
            return departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.IN_PROGRESS, "已协调供电公司，本月内完成接电。")).id();
        });

        navigate("submissions/" + id, SubmissionView.class);
        Anchor link = $(Anchor.class).id("item-record");
        assertThat(link.getText()).isEqualTo("下载办理记录（DOCX）");
        SubmissionView view = (SubmissionView) getCurrentView();
        SubmissionDetail seen = submissions.detail(id);
        byte[] docx = ItemRecordDocument.write(view, new SubmissionLabels(view, directory), seen, submissions.timeline(id),
                "dept", clock.instant());
        assertThat(ItemRecordDocument.fileName(view, seen)).isEqualTo("办理记录-" + seen.reference() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("诉求办理记录：园区企业用电报装慢", seen.reference(), "打印人 dept",
                    "园区新建厂房用电报装三个月未通电。", "部门答复 · 正在解决", "已协调供电公司，本月内完成接电。",
                    "提交", "交办", "签收", seen.submitterLabel(), "2026-06-30 10:00");
            assertThat(seen.submitterLabel()).startsWith("GCY-");
            assertThat(text.getText()).as("the department does not see who submitted").doesNotContain("observer ·");
        }
    }
}
