package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.DepartmentTask;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.ItemHits;
import cn.ezhou.yshj.submission.ItemSearch;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A department's items (as lead or co-department): open ones first by default; a to-do list (to
 * sign, to answer, input asked — {@code ?task=ANSWER}) shows the nearest deadline first.
 */
@Route(value = "department/inbox", layout = MainLayout.class)
@Menu(title = "nav.departmentInbox", order = 6, icon = "vaadin:inbox")
@RolesAllowed(AppRoles.DEPARTMENT)
class DepartmentInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComboBox<DepartmentTask> task = new ComboBox<>(getTranslation("submission.task"));

    private SubmissionGrid grid;

    DepartmentInboxView(DepartmentDesk desk, ItemSearch search, DirectoryService directory) {
        setSizeFull();
        Checkbox openOnly = new Checkbox(getTranslation("submission.openOnly"), true);
        task.setItems(DepartmentTask.values());
        task.setItemLabelGenerator(t -> getTranslation("submission.task." + t));
        task.setPlaceholder(getTranslation("submission.task.all"));
        task.setClearButtonVisible(true);
        task.setId("department-task");
        ItemSearchBar searchBar = new ItemSearchBar(directory, true, () -> grid.refresh());
        grid = new SubmissionGrid(new SubmissionLabels(this, directory), true, true, (offset, limit) -> {
            if (searchBar.active()) {
                ItemHits hits = search.department(searchBar.query(null, null, null), offset, limit);
                searchBar.show(hits);
                return grid.found(hits.hits());
            }
            searchBar.clearCount();
            return task.getValue() != null ? desk.tasks(task.getValue(), offset, limit)
                    : desk.inbox(new InboxFilter(null, null, null, openOnly.getValue()), offset, limit);
        });
        grid.setId("department-inbox");
        grid.setEmptyStateText(getTranslation("submission.departmentInbox.empty"));
        openOnly.addValueChangeListener(e -> grid.refresh());
        task.addValueChangeListener(e -> {
            openOnly.setEnabled(e.getValue() == null);
            grid.refresh();
        });
        HorizontalLayout bar = new HorizontalLayout(task, openOnly);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        add(new Paragraph(getTranslation("submission.departmentInbox.intro")), bar, searchBar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters.value(event, "task", DepartmentTask.class).ifPresent(task::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departmentInbox");
    }
}
