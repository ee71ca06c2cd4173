package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.ObserverLevel;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.ObserverState;
import cn.ezhou.yshj.observer.ObserverSummary;
import cn.ezhou.yshj.observer.PublicityService;
import cn.ezhou.yshj.observer.RosterFilter;
import cn.ezhou.yshj.observer.RosterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The office's roster: lazy and filterable; nominate, publicise and appoint in batches; open one to act on it. */
@Route(value = "observers", layout = MainLayout.class)
@Menu(title = "nav.observers", order = 20, icon = "vaadin:group")
@RolesAllowed(AppRoles.OFFICE)
class ObserversView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ObserverSummary> grid = new Grid<>();
    private final ComboBox<ObserverState> state = new ComboBox<>();
    private final ComboBox<ReferenceItem> category = new ComboBox<>();
    private final ComboBox<ObserverLevel> level = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<OrgUnitRecord> district = new ComboBox<>();
    private final Checkbox endingSoon = new Checkbox();
    private final Clock clock;

    ObserversView(ObserverService observers, PublicityService publicity, EvaluationService evaluations, RosterService roster,
                  DirectoryService directory, Clock clock) {
        this.clock = clock;
        setSizeFull();
        Map<String, ReferenceItem> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::code, c -> c));
        state.setPlaceholder(getTranslation("observers.state"));
        state.setItems(ObserverState.values());
        state.setItemLabelGenerator(s -> getTranslation("observerState." + s));
        category.setPlaceholder(getTranslation("apply.category"));
        category.setItems(categories.values().stream().sorted(java.util.Comparator.comparingInt(ReferenceItem::sort)).toList());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        level.setPlaceholder(getTranslation("apply.level"));
        level.setItems(ObserverLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        name.setPlaceholder(getTranslation("apply.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setId("roster-name");
        for (var filter : List.of(state, category, level)) {
            ((ComboBox<?>) filter).setClearButtonVisible(true);
            ((ComboBox<?>) filter).addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        name.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        district.setPlaceholder(getTranslation("apply.district"));
        district.setItems(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE));
        district.setItemLabelGenerator(d -> d.name(getLocale()));
        district.setClearButtonVisible(true);
        district.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        endingSoon.setLabel(getTranslation("observers.endingSoon"));
        endingSoon.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("observers-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ObserverSummary::name).setHeader(getTranslation("apply.name")).setKey("name").setSortable(true);
        grid.addColumn(o -> categories.containsKey(o.category()) ? categories.get(o.category()).name(getLocale()) : o.category())
                .setHeader(getTranslation("apply.category"));
        grid.addColumn(o -> getTranslation("level." + o.level())).setHeader(getTranslation("apply.level"));
        grid.addColumn(ObserverSummary::employer).setHeader(getTranslation("apply.employer"));
        grid.addColumn(ObserverSummary::maskedMobile).setHeader(getTranslation("apply.mobile")).setAutoWidth(true);
        grid.addColumn(o -> TermLabels.state(this, o)).setHeader(getTranslation("observers.state"))
                .setKey("state").setSortable(true).setAutoWidth(true); // a renewal's label is long
        grid.addColumn(o -> o.certificateNo() == null ? "" : o.certificateNo()).setHeader(getTranslation("observers.certificate"));
        grid.addColumn(o -> Formats.date(o.termEnd())).setHeader(getTranslation("observers.termEnd")).setKey("termEnd")
                .setSortable(true);
        grid.setItemsPageable(p -> observers.roster(filter(), p).getContent());
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("observers.empty"));
        grid.addItemDoubleClickListener(e -> new ObserverDialog(observers, publicity, evaluations, e.getItem().id(), LocalDate.now(clock), this::refresh).open());

        Button open = new Button(getTranslation("observers.open"), e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(o -> new ObserverDialog(observers, publicity, evaluations, o.id(), LocalDate.now(clock), this::refresh).open()));
        Button nominate = new Button(getTranslation("observers.nominate"),
                e -> new NominateDialog(observers, directory, this::refresh).open());
        Button publicise = new Button(getTranslation("observers.publicise"), e -> new BatchDialog(publicity,
                ids(), BatchDialog.Kind.PUBLICITY, LocalDate.now(clock), this::refresh).open());
        publicise.setId("observers-publicise");
        Button appoint = new Button(getTranslation("observers.appoint"), e -> new BatchDialog(publicity,
                ids(), BatchDialog.Kind.APPOINTMENT, LocalDate.now(clock), this::refresh).open());
        appoint.setId("observers-appoint");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(name, state, category, level, district, endingSoon);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(nominate, open, publicise, appoint);
        actions.setWrap(true);
        add(filters, actions, new RosterFiles(roster, this::filter, this::refresh), grid);
    }

    private List<Long> ids() {
        return grid.getSelectedItems().stream().map(ObserverSummary::id).toList();
    }

    private RosterFilter filter() {
        return new RosterFilter(state.getValue(), category.getValue() == null ? null : category.getValue().code(),
                level.getValue(), district.getValue() == null ? null : district.getValue().code(),
                endingSoon.getValue() ? LocalDate.now(clock).plusDays(30) : null, name.getValue());
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.observers");
    }
}
