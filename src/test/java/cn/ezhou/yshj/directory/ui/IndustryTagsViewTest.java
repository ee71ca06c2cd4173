package cn.ezhou.yshj.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.directory.ReferenceEntryRecord;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The industry-tag page: the administrator adds a tag on screen; the office only reads the list. */
class IndustryTagsViewTest extends PortalViewTest {

    @SuppressWarnings("unchecked")
    private List<ReferenceEntryRecord> rows() {
        Grid<ReferenceEntryRecord> grid = $(Grid.class).id("tag-grid");
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_administrator_adds_a_tag_and_a_bad_code_is_explained() {
        navigate(IndustryTagsView.class);
        assertThat(rows()).extracting(ReferenceEntryRecord::nameZh).contains("制造业", "钢铁冶金");

        test($(Button.class).id("tag-add")).click();
        $(TextField.class).id("tag-code").setValue("new energy");
        $(TextField.class).id("tag-name-zh").setValue("新能源");
        test($(Button.class).id("tag-save")).click();
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("代码须为2至32位大写字母"));
        assertThat(rows()).extracting(ReferenceEntryRecord::nameZh).doesNotContain("新能源");

        String code = "NEW_ENERGY_" + new Random().nextInt(100_000);
        $(TextField.class).id("tag-code").setValue(code);
        test($(Button.class).id("tag-save")).click();
        assertThat(rows()).filteredOn(t -> t.code().equals(code)).singleElement()
                .satisfies(t -> assertThat(t.nameZh()).isEqualTo("新能源"));
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_reads_the_tags_without_changing_them() {
        navigate(IndustryTagsView.class);
        assertThat(rows()).isNotEmpty();
        assertThat($(Button.class).all()).extracting(Button::getId).noneMatch(id -> id.isPresent() && id.get().startsWith("tag-"));
    }
}
