package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.observer.internal.RosterSheet;
import cn.ezhou.yshj.support.PortalTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Roster import is all-or-nothing with row/column reasons; export masks ID and phone. */
@PortalTest
@WithMockUser(username = "office", roles = "OFFICE")
class RosterServiceTest {

    @Autowired
    RosterService roster;
    @Autowired
    ObserverService observers;

    private static List<String> row(String name, String id, String mobile) {
        return List.of(name, "女", id, mobile, "", "鄂州商会", "秘书长", "企业家", "区级", "华容区", "商贸", "市工商联");
    }

    private static byte[] sheet(List<List<String>> rows) {
        return RosterSheet.write(RosterSheet.IMPORT_COLUMNS, rows);
    }

    private long corpsSize() {
        return observers.roster(RosterFilter.none(), PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void the_template_has_the_import_columns() {
        List<List<String>> rows = RosterSheet.read(roster.template());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).hasSize(RosterSheet.IMPORT_COLUMNS.size());
    }

    @Test
    void a_valid_file_is_imported_and_people_already_in_the_corps_are_reported_not_duplicated() {
        String existing = ObserverFixtures.idNumber();
        observers.nominate(ObserverFixtures.applicant("已在册", existing, "13800000001"));
        long before = corpsSize();
        ImportResult result = roster.importRoster(sheet(List.of(row("黄蓉", ObserverFixtures.idNumber(), "13811112222"),
                row("郭靖", ObserverFixtures.idNumber(), "13811113333"), row("已在册", existing, "13800000001"))));
        assertThat(result.accepted()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.alreadyInCorps()).singleElement().asString().startsWith("已在册");
        assertThat(corpsSize()).isEqualTo(before + 2);
    }

    @Test
    void one_bad_row_rejects_the_whole_file_with_row_column_and_reason() {
        String id = ObserverFixtures.idNumber();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("欧阳克", ObserverFixtures.idNumber(), "13822223333"));
        rows.add(row("梅超风", wrongCheck, "13822224444"));
        rows.add(row("陈玄风", ObserverFixtures.idNumber(), "027-88886666"));
        long before = corpsSize();
        ImportResult result = roster.importRoster(sheet(rows));
        assertThat(result.accepted()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.problems()).containsExactly(
                new ImportProblem(3, "身份证号码", "validation.idNumber"),
                new ImportProblem(4, "手机号码", "validation.mobile"));
        assertThat(corpsSize()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_xlsx_is_refused_whatever_its_name() {
        byte[] csvRenamed = "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> roster.importRoster(csvRenamed)).isInstanceOf(Refusal.class).hasMessage("import.error.notXlsx");
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThatThrownBy(() -> roster.importRoster(brokenZip)).hasMessage("import.error.notXlsx");
    }

    @Test
    void a_roster_file_over_the_size_limit_is_refused_by_the_service_too() {
        byte[] tooBig = new byte[(int) RosterService.MAX_IMPORT_SIZE.toBytes() + 1];
        assertThatThrownBy(() -> roster.importRoster(tooBig)).isInstanceOf(Refusal.class).hasMessage("attachment.error.size");
    }

    @Test
    void the_export_masks_id_and_phone_numbers() {
        String id = ObserverFixtures.idNumber();
        observers.nominate(ObserverFixtures.applicant("导出测试", id, "13966667777"));
        String exported = RosterSheet.read(roster.export(new RosterFilter(null, null, null, null, null, "导出测试")))
                .toString();
        assertThat(exported).contains("139****7777", id.substring(0, 3) + "***********" + id.substring(14))
                .doesNotContain(id).doesNotContain("13966667777");
    }
}
