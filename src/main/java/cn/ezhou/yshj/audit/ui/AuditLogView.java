package cn.ezhou.yshj.audit.ui;

import cn.ezhou.yshj.audit.AuditFilter;
import cn.ezhou.yshj.audit.AuditRecord;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;

/** The audit trail for administrators: who did what, when, from where; newest first, loaded a page at a time. */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 85, icon = "vaadin:archive")
@RolesAllowed(AppRoles.ADMIN)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final String ALL = "";
    private static final int MAX_PAGE = 500;

    private final AuditService audit;
    private final TextField username = new TextField(getTranslation("audit.username"));
    private final TextField action = new TextField(getTranslation("audit.action"));
    private final Select<String> result = new Select<>();
    private final DatePicker from = new DatePicker(getTranslation("audit.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.to"));
    private final Grid<AuditRecord> grid = new Grid<>();
    private AuditFilter current = AuditFilter.none();

    AuditLogView(AuditService audit) {
        this.audit = audit;
        username.setId("audit-username");
        action.setId("audit-action");
        action.setHelperText(getTranslation("audit.actionHelp"));
        for (TextField f : new TextField[] {username, action}) {
            f.setMaxLength(64);
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        result.setLabel(getTranslation("audit.result"));
        result.setItems(ALL, AuditService.SUCCESS, AuditService.REFUSED);
        result.setItemLabelGenerator(r -> getTranslation(r.isEmpty() ? "audit.result.all" : "audit.result." + r));
        result.setValue(ALL);
        result.setId("audit-result");
        result.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        username.setWidth("12em");
        action.setWidth("14em");
        result.setWidth("8em");
        from.setWidth("10em");
        to.setWidth("10em");
        HorizontalLayout filters = new HorizontalLayout(username, action, result, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addColumn(r -> Formats.dateTime(r.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditRecord::username).setHeader(getTranslation("audit.username")).setAutoWidth(true);
        grid.addColumn(AuditRecord::roles).setHeader(getTranslation("audit.roles")).setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(r -> r.objectType() == null ? "" : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.result." + r.result())).setHeader(getTranslation("audit.result"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.addColumn(AuditRecord::remoteAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(this::fetch);
        refresh();
        add(filters, grid);
        setSizeFull();
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(username.getValue(), action.getValue(), result.getValue(), from.getValue(),
                to.getValue());
        // A filter the service refuses (an end before the start) is explained once, and shows nothing.
        current = Errors.attempt(this, () -> audit.search(filter, PageRequest.of(0, 1))) ? filter : null;
        grid.getDataProvider().refreshAll();
    }

    private Stream<AuditRecord> fetch(Query<AuditRecord, Void> query) {
        int size = Math.min(query.getLimit(), MAX_PAGE); // the grid asks 50 at a time; a client may ask "all"
        int page = query.getOffset() / size;
        return current == null ? Stream.empty() : audit.search(current, PageRequest.of(page, size)).stream();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
