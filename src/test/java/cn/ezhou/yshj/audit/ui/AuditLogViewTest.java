package cn.ezhou.yshj.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.audit.AuditRecord;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The audit log page: the administrator narrows the trail by user; a reversed period is explained. */
class AuditLogViewTest extends PortalViewTest {

    @Autowired AuditService audit;

    @SuppressWarnings("unchecked")
    private List<AuditRecord> rows() {
        Grid<AuditRecord> grid = $(Grid.class).id("audit-grid");
        return grid.getLazyDataView().getItems().limit(100).toList();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_administrator_finds_what_a_user_did() {
        String user = "view-audited-" + System.nanoTime();
        audit.recordFor(user, "OBSERVER", "SUBMISSION_READ", "Submission", 42, AuditService.REFUSED, "not a party");
        navigate(AuditLogView.class);
        assertThat(rows()).isNotEmpty();

        $(TextField.class).id("audit-username").setValue(user);
        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("SUBMISSION_READ");
            assertThat(r.objectId()).isEqualTo("42");
        });

        List<DatePicker> dates = $(DatePicker.class).all();
        dates.get(0).setValue(LocalDate.parse("2026-03-11"));
        dates.get(1).setValue(LocalDate.parse("2026-03-10"));
        assertThat($(Notification.class).all()).anyMatch(n -> test(n).getText().contains("截止日期不能早于起始日期"));
        assertThat(rows()).isEmpty();
    }
}
