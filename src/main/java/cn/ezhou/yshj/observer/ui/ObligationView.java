package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.observer.DutyRecordService;
import cn.ezhou.yshj.observer.ObligationShortfall;
import cn.ezhou.yshj.observer.Quarter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Serving observers below the quarterly minimum of suggestions. The whole list is shown at once:
 * it is bounded by the corps size (a few hundred at most), computed in batches by the service.
 */
@Route(value = "observers/obligation", layout = MainLayout.class)
@Menu(title = "nav.obligation", order = 22, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.OFFICE)
class ObligationView extends VerticalLayout implements HasDynamicTitle {

    private static final int QUARTERS_BACK = 8;

    ObligationView(DutyRecordService dutyRecords, Clock clock) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.of(LocalDate.now(clock));
        for (int i = 0; i < QUARTERS_BACK; i++, q = q.previous()) {
            quarters.add(q);
        }
        Select<Quarter> quarter = new Select<>();
        quarter.setId("obligation-quarter");
        quarter.setLabel(getTranslation("obligation.quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(this::label);
        Paragraph intro = new Paragraph();
        Grid<ObligationShortfall> grid = new Grid<>();
        grid.setId("obligation-grid");
        grid.addColumn(ObligationShortfall::name).setHeader(getTranslation("obligation.name"));
        grid.addColumn(ObligationShortfall::certificateNo).setHeader(getTranslation("obligation.certificate"));
        grid.addColumn(ObligationShortfall::submitted).setHeader(getTranslation("obligation.submitted"));
        grid.addColumn(r -> getTranslation(r.hasAccount() ? "obligation.hasAccount" : "obligation.noAccount"))
                .setHeader(getTranslation("obligation.account"));
        grid.setEmptyStateText(getTranslation("obligation.empty"));
        quarter.addValueChangeListener(e -> {
            Quarter chosen = e.getValue();
            intro.setText(getTranslation("obligation.intro", String.valueOf(chosen.year()),
                    String.valueOf(chosen.number()), String.valueOf(dutyRecords.quarterlyMinimum())));
            grid.setItems(dutyRecords.belowMinimum(chosen));
        });
        quarter.setValue(quarters.getFirst());
        add(quarter, intro, grid);
    }

    private String label(Quarter q) {
        return getTranslation("obligation.quarterItem", String.valueOf(q.year()), String.valueOf(q.number()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.obligation");
    }
}
