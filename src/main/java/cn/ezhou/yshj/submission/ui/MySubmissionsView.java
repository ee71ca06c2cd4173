package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.ItemHits;
import cn.ezhou.yshj.submission.ItemSearch;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The submitter's own items, drafts included, newest first. */
@Route(value = "submissions", layout = MainLayout.class)
@Menu(title = "nav.mySubmissions", order = 6, icon = "vaadin:comment-ellipsis")
@RolesAllowed({AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class MySubmissionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComboBox<SubmissionState> state = new ComboBox<>(getTranslation("submission.state"));

    private SubmissionGrid grid;

    MySubmissionsView(SubmissionService submissions, ItemSearch search, DirectoryService directory) {
        setSizeFull();
        state.setId("my-state");
        state.setItems(SubmissionState.values());
        state.setItemLabelGenerator(s -> getTranslation("submission.state." + s));
        state.setClearButtonVisible(true);
        ItemSearchBar searchBar = new ItemSearchBar(directory, false, () -> grid.refresh());
        grid = new SubmissionGrid(new SubmissionLabels(this, directory), false, true, (offset, limit) -> {
            if (!searchBar.active()) {
                searchBar.clearCount();
                return submissions.mine(new InboxFilter(state.getValue(), null, null, false), offset, limit);
            }
            ItemHits hits = search.mine(searchBar.query(state.getValue(), null, null), offset, limit);
            searchBar.show(hits);
            return grid.found(hits.hits());
        });
        grid.setId("my-submissions");
        grid.setEmptyStateText(getTranslation("submission.mine.empty"));
        state.addValueChangeListener(e -> grid.refresh());
        Button create = new Button(getTranslation("submission.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewSubmissionView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-submission");
        HorizontalLayout bar = new HorizontalLayout(create, state);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        add(new Paragraph(getTranslation("submission.mine.intro")), bar, searchBar, grid);
    }

    /** {@code ?state=ANSWERED} (from the workbench) shows only the items in that state. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters.value(event, "state", SubmissionState.class).ifPresent(state::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySubmissions");
    }
}
