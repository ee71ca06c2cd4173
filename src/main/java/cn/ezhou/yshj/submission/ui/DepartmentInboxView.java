package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.InboxFilter;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A department's items (as lead or co-department): open ones first by default. */
@Route(value = "department/inbox", layout = MainLayout.class)
@Menu(title = "nav.departmentInbox", order = 6, icon = "vaadin:inbox")
@RolesAllowed(AppRoles.DEPARTMENT)
class DepartmentInboxView extends VerticalLayout implements HasDynamicTitle {

    DepartmentInboxView(DepartmentDesk desk, DirectoryService directory) {
        setSizeFull();
        Checkbox openOnly = new Checkbox(getTranslation("submission.openOnly"), true);
        SubmissionGrid grid = new SubmissionGrid(new SubmissionLabels(this, directory), true, true,
                (offset, limit) -> desk.inbox(new InboxFilter(null, null, null, openOnly.getValue()), offset, limit));
        grid.setId("department-inbox");
        grid.setEmptyStateText(getTranslation("submission.departmentInbox.empty"));
        openOnly.addValueChangeListener(e -> grid.refresh());
        add(new Paragraph(getTranslation("submission.departmentInbox.intro")), openOnly, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departmentInbox");
    }
}
