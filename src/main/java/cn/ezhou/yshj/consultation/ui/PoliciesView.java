package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.consultation.PolicySummary;
import cn.ezhou.yshj.directory.DirectoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.data.domain.PageRequest;

/** Issued policies, newest first; the ones pushed to the viewer are marked read or unread. */
@Route(value = "policies", layout = MainLayout.class)
@Menu(title = "nav.policies", order = 13, icon = "vaadin:book")
@AnonymousAllowed
class PoliciesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Checkbox toConfirm = new Checkbox(getTranslation("policy.toConfirmOnly"));

    PoliciesView(PolicyService policies, DirectoryService directory, CurrentUser currentUser) {
        setSizeFull();
        boolean liaison = currentUser.hasRole(AppRoles.ASSOCIATION);
        UnitNames names = new UnitNames(directory, getLocale());
        if (currentUser.hasRole(AppRoles.DEPARTMENT) || currentUser.hasRole(AppRoles.OFFICE)) {
            Button issue = new Button(getTranslation("policy.issue"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("policies/new")));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.setId("policy-issue");
            add(issue);
        }
        Grid<PolicySummary> grid = new Grid<>();
        grid.addColumn(PolicySummary::title).setHeader(getTranslation("policy.title")).setFlexGrow(1);
        grid.addColumn(PolicySummary::documentNo).setHeader(getTranslation("policy.documentNo")).setAutoWidth(true);
        grid.addColumn(p -> names.unit(p.issuingUnit())).setHeader(getTranslation("policy.issuingUnit"));
        grid.addColumn(p -> Formats.date(p.issuedOn())).setHeader(getTranslation("policy.issuedOn"));
        grid.addColumn(p -> p.benefit() ? getTranslation("policy.benefit") : "").setHeader(getTranslation("policy.benefit"));
        grid.addColumn(p -> !p.pushedToMe() ? "" : p.readAt() == null ? getTranslation("policy.unread")
                : getTranslation("policy.read")).setHeader(getTranslation("policy.pushed"));
        grid.setItems(q -> (liaison && toConfirm.getValue() ? policies.toConfirm(PageRequest.of(q.getPage(), q.getPageSize()))
                : policies.list(PageRequest.of(q.getPage(), q.getPageSize()))).stream());
        toConfirm.setId("policy-to-confirm");
        toConfirm.setVisible(liaison);
        toConfirm.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policies/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("policy.none"));
        grid.setId("policy-list");
        add(toConfirm, grid);
    }

    /** {@code ?only=toConfirm}: a liaison's policies whose relay to the members is not yet confirmed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        toConfirm.setValue(toConfirm.isVisible() && QueryFilters.only(event, "toConfirm"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.policies");
    }
}
