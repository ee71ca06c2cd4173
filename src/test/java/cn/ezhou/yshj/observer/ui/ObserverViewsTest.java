package cn.ezhou.yshj.observer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.observer.Gender;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.ObserverState;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.base.ui.BoundedUpload;
import cn.ezhou.yshj.observer.RosterService;
import cn.ezhou.yshj.support.UploadRequests;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The public application form and the office's roster. */
class ObserverViewsTest extends PortalViewTest {

    @Autowired
    ObserverService observers;
    @Autowired
    AttachmentService attachments;

    /** What a visitor reads after sending the form: headings, paragraphs and whether a reference number came back. */
    private List<String> visibleAnswer() {
        List<String> texts = new ArrayList<>();
        $(H2.class).all().forEach(h -> texts.add(h.getText()));
        $(Paragraph.class).all().forEach(p -> texts.add(p.getText()));
        texts.add(String.valueOf($(Span.class).withId("apply-reference").exists()));
        return texts;
    }

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void fillApplication(String idNumber) {
        test(field("姓名")).setValue("欧阳锋");
        test($(RadioButtonGroup.class).all().get(0)).selectItem("男");
        test(field("身份证号码")).setValue(idNumber);
        test(field("手机号码")).setValue("13912345678");
        test(field("工作单位")).setValue("鄂州日报社");
        ComboBox<ReferenceItem> category = $(ComboBox.class).all().get(0);
        test(category).selectItem("媒体从业人员");
        test($(RadioButtonGroup.class).all().get(1)).selectItem("市级");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_applies_and_gets_a_reference_number_that_shows_the_state() {
        navigate(ApplyView.class);
        fillApplication(cn.ezhou.yshj.observer.TestIds.next());
        test($(Button.class).id("apply-submit")).click();
        String reference = $(Span.class).id("apply-reference").getText();
        assertThat(observers.status(reference)).get().extracting(s -> s.state()).isEqualTo(ObserverState.APPLIED);

        navigate(ApplicationStatusView.class);
        test($(TextField.class).id("status-reference")).setValue(reference);
        test($(Button.class).all().stream().filter(b -> "查询".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat($(Paragraph.class).id("status-result").getText()).isEqualTo("申请人 欧**：已申请");
    }

    @Test
    @WithAnonymousUser
    void a_wrong_id_number_is_marked_on_the_field_and_nothing_is_submitted() {
        navigate(ApplyView.class);
        fillApplication("110105194912310021");
        assertThat(field("身份证号码").isInvalid()).isTrue();
        test($(Button.class).id("apply-submit")).click();
        assertThat($(Span.class).all()).noneMatch(s -> "apply-reference".equals(s.getId().orElse("")));
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_finds_a_nomination_in_the_roster_with_masked_phone() {
        ObserverSummary s = observers.nominate(new cn.ezhou.yshj.observer.ObserverApplication("洪七公", Gender.MALE,
                cn.ezhou.yshj.observer.TestIds.next(), "13612345678", null, "丐帮商会", null, "EXPERT", ObserverLevel.CITY,
                null, null, null, null));
        navigate(ObserversView.class);
        test($(TextField.class).all().get(0)).setValue("洪七公");
        @SuppressWarnings("unchecked")
        Grid<ObserverSummary> grid = $(Grid.class).id("observers-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(s.id());
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("136****5678");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_reads_the_same_answer_whether_or_not_the_id_number_already_belongs_to_the_corps() {
        String known = cn.ezhou.yshj.observer.TestIds.next();
        navigate(ApplyView.class);
        fillApplication(known);
        test($(Button.class).id("apply-submit")).click();
        List<String> forNew = visibleAnswer();

        navigate(ApplicationStatusView.class);
        navigate(ApplyView.class);
        fillApplication(known);
        test($(Button.class).id("apply-submit")).click();
        List<String> forKnown = visibleAnswer();

        assertThat(forNew).contains("true", "申请已提交");
        assertThat(forKnown).isEqualTo(forNew);
    }

    @Test
    @WithAnonymousUser
    void a_file_over_the_limit_on_the_application_form_is_cut_at_the_limit_and_refused_with_a_message() {
        navigate(ApplyView.class);
        BoundedUpload upload = $(BoundedUpload.class).id("attachment-upload");
        assertThat(upload.limitBytes()).isEqualTo(attachments.maxSize().toBytes());
        assertThat(UploadRequests.sendEndless(upload)).isEqualTo(attachments.maxSize().toBytes() + 1);
        assertThat($(Span.class).all()).anyMatch(s -> s.getText().equals("文件超过 10 MB 上限"));
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getText().endsWith(".pdf"));

        UploadRequests.send(upload, "推荐函.pdf", cn.ezhou.yshj.attachment.FileTypesTest.pdf());
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getText().equals("推荐函.pdf"));
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void a_roster_file_over_the_limit_is_cut_at_the_limit_and_never_imported() {
        navigate(ObserversView.class);
        BoundedUpload upload = $(BoundedUpload.class).id("roster-import");
        assertThat(upload.limitBytes()).isEqualTo(RosterService.MAX_IMPORT_SIZE.toBytes());
        assertThat(UploadRequests.sendEndless(upload)).isEqualTo(RosterService.MAX_IMPORT_SIZE.toBytes() + 1);
        assertThat($(Dialog.class).all()).as("no import result").isEmpty();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    @SuppressWarnings("unchecked")
    void the_corps_size_page_shows_a_chosen_year_as_it_ended_and_the_districts() {
        navigate(CorpsSizeView.class);
        int year = $(com.vaadin.flow.component.textfield.IntegerField.class).id("corps-year").getValue();
        Grid<cn.ezhou.yshj.observer.DistrictSize> districts = $(Grid.class).id("corps-districts");
        assertThat(test(districts).size()).isGreaterThanOrEqualTo(3);
        java.util.List<String> names = new ArrayList<>();
        for (int row = 0; row < test(districts).size(); row++) {
            names.add(test(districts).getCellText(row, 0));
        }
        assertThat(names).contains("鄂城区");
        test($(com.vaadin.flow.component.textfield.IntegerField.class).id("corps-year")).setValue(year - 1);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith((year - 1) + "年")
                && p.getText().contains((year - 1) + "-12-31"));
        assertThat($(Grid.class).id("corps-size").getColumns()).anyMatch(c -> ((Grid.Column<?>) c).getHeaderText() != null
                && ((Grid.Column<?>) c).getHeaderText().equals((year - 1) + "年目标"));
    }
}
