package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.OfficeDesk;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Supervision 督办: overdue items (a notice has gone to the department) and those due soon, most
 * overdue first; {@code ?light=OVERDUE} or {@code ?light=DUE_SOON} shows one of the two.
 */
@Route(value = "office/supervision", layout = MainLayout.class)
@Menu(title = "nav.supervision", order = 7, icon = "vaadin:alarm")
@RolesAllowed(AppRoles.OFFICE)
class SupervisionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComboBox<DeadlineStatus> light = new ComboBox<>(getTranslation("submission.supervision.light"));

    SupervisionView(OfficeDesk office, DirectoryService directory) {
        setSizeFull();
        light.setItems(List.of(DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON));
        light.setItemLabelGenerator(s -> getTranslation("submission.deadline." + s));
        light.setPlaceholder(getTranslation("submission.supervision.both"));
        light.setClearButtonVisible(true);
        light.setId("supervision-light");
        SubmissionGrid grid = new SubmissionGrid(new SubmissionLabels(this, directory), false, true,
                (offset, limit) -> office.supervision(light.getValue(), offset, limit));
        grid.setId("supervision-grid");
        grid.setEmptyStateText(getTranslation("submission.supervision.empty"));
        light.addValueChangeListener(e -> grid.refresh());
        add(new Paragraph(getTranslation("submission.supervision.intro")), light, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters.value(event, "light", DeadlineStatus.class)
                .filter(s -> s == DeadlineStatus.OVERDUE || s == DeadlineStatus.DUE_SOON).ifPresent(light::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision");
    }
}
