package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.ItemHits;
import cn.ezhou.yshj.submission.ItemSearch;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/**
 * The office's inbox: new items to triage first; every item by state, type and department; and a
 * search by words and filters over everything received.
 */
@Route(value = "office/inbox", layout = MainLayout.class)
@Menu(title = "nav.officeInbox", order = 6, icon = "vaadin:inbox")
@RolesAllowed(AppRoles.OFFICE)
class OfficeInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComboBox<SubmissionState> state = new ComboBox<>(getTranslation("submission.state"));

    private SubmissionGrid grid;
    private ItemSearchBar searchBar;
    private boolean stateChosen;

    OfficeInboxView(OfficeDesk office, ItemSearch search, DirectoryService directory) {
        setSizeFull();
        state.setItems(Arrays.stream(SubmissionState.values()).filter(s -> s != SubmissionState.DRAFT).toList());
        state.setItemLabelGenerator(s -> getTranslation("submission.state." + s));
        state.setClearButtonVisible(true);
        state.setValue(SubmissionState.SUBMITTED);
        state.setId("inbox-state");
        ComboBox<SubmissionType> type = new ComboBox<>(getTranslation("submission.type"));
        type.setItems(SubmissionType.values());
        type.setItemLabelGenerator(t -> getTranslation("submission.type." + t));
        type.setClearButtonVisible(true);
        ComboBox<OrgUnitRecord> unit = new ComboBox<>(getTranslation("submission.leadUnit"));
        unit.setItems(directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        searchBar = new ItemSearchBar(directory, true, () -> {
            // Words search everything received unless the office chose a state itself: the
            // inbox's opening filter (new items) would otherwise hide most of what it looks for.
            if (searchBar.hasWords() && !stateChosen && state.getValue() == SubmissionState.SUBMITTED) {
                state.clear();
            }
            grid.refresh();
        });
        state.addValueChangeListener(e -> stateChosen |= e.isFromClient());
        grid = new SubmissionGrid(new SubmissionLabels(this, directory), true, true, (offset, limit) -> {
            String unitCode = unit.getValue() == null ? null : unit.getValue().code();
            if (!searchBar.active()) {
                searchBar.clearCount();
                return office.inbox(new InboxFilter(state.getValue(), type.getValue(), unitCode, false), offset, limit);
            }
            ItemHits hits = search.office(searchBar.query(state.getValue(), type.getValue(), unitCode), offset, limit);
            searchBar.show(hits);
            return grid.found(hits.hits());
        });
        grid.setId("office-inbox");
        grid.setEmptyStateText(getTranslation("submission.inbox.empty"));
        state.addValueChangeListener(e -> grid.refresh());
        type.addValueChangeListener(e -> grid.refresh());
        unit.addValueChangeListener(e -> grid.refresh());
        Button register = new Button(getTranslation("submission.register"), VaadinIcon.PLUS.create(),
                e -> new RegisterDialog(office, directory, d -> getUI().ifPresent(ui -> ui.navigate("submissions/" + d.id()))).open());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("register-item");
        HorizontalLayout bar = new HorizontalLayout(register, state, type, unit);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, searchBar, grid);
    }

    /** {@code ?state=RETURNED} (from the workbench) chooses the state; new items to triage otherwise. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters.value(event, "state", SubmissionState.class).filter(s -> s != SubmissionState.DRAFT)
                .ifPresent(s -> {
                    state.setValue(s);
                    stateChosen = true;
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.officeInbox");
    }
}
