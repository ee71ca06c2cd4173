package cn.ezhou.yshj.security.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;

/** Administrators: accounts with their roles (lazy, filterable), invitations, and edits. */
@Route(value = "admin/users", layout = MainLayout.class)
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final DirectoryService directory;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final InvitationsGrid invitations;

    UsersView(AccountService accounts, DirectoryService directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.invitations = new InvitationsGrid(accounts, clock);
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button invite = new Button(getTranslation("users.invite"), VaadinIcon.ENVELOPE.create(), e -> openInvite());
        invite.setId("invite-button");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, invite);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        configureGrid();
        add(toolbar, grid, new H2(getTranslation("users.invitations")), invitations);
        setSizeFull();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setKey("username")
                .setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.name")).setKey("displayName")
                .setSortable(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> a.orgUnitCode() == null ? "" : directory.orgUnit(a.orgUnitCode())
                .map(u -> u.name(getLocale())).orElse(a.orgUnitCode())).setHeader(getTranslation("account.unit"));
        grid.addColumn(a -> getTranslation(!a.enabled() ? "users.disabled" : a.locked() ? "users.locked" : "users.active"))
                .setHeader(getTranslation("users.status"));
        grid.setItemsPageable(pageable -> accounts.accounts(filter.getValue(), pageable).getContent());
        grid.setPageSize(50);
        grid.addItemClickListener(e -> new AccountDialog(accounts, directory, e.getItem(),
                () -> grid.getDataProvider().refreshAll()).open());
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private void openInvite() {
        new InviteDialog(accounts, directory, invitations::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
