package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.submission.OfficeDesk;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Supervision 督办: overdue items (a notice has gone to the department) and those due soon, most overdue first. */
@Route(value = "office/supervision", layout = MainLayout.class)
@Menu(title = "nav.supervision", order = 7, icon = "vaadin:alarm")
@RolesAllowed(AppRoles.OFFICE)
class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    SupervisionView(OfficeDesk office, DirectoryService directory) {
        setSizeFull();
        SubmissionGrid grid = new SubmissionGrid(new SubmissionLabels(this, directory), false, true, office::supervision);
        grid.setId("supervision-grid");
        grid.setEmptyStateText(getTranslation("submission.supervision.empty"));
        add(new Paragraph(getTranslation("submission.supervision.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision");
    }
}
