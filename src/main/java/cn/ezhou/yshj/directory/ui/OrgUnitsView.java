package cn.ezhou.yshj.directory.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The organisation tree: the office and its groups, city departments, districts. Administrators edit it. */
@Route(value = "admin/org-units", layout = MainLayout.class)
@Menu(title = "nav.orgUnits", order = 70, icon = "vaadin:sitemap")
@RolesAllowed({AppRoles.ADMIN, AppRoles.OFFICE})
class OrgUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final TreeGrid<OrgUnitRecord> tree = new TreeGrid<>();
    private final OrgUnitTreeProvider provider;

    OrgUnitsView(DirectoryService directory, AuthenticationContext auth) {
        this.provider = new OrgUnitTreeProvider(directory);
        boolean admin = auth.hasRole(AppRoles.ADMIN);
        tree.setId("org-tree");
        tree.addHierarchyColumn(u -> u.name(getLocale())).setHeader(getTranslation("directory.name")).setFlexGrow(3);
        tree.addColumn(OrgUnitRecord::code).setHeader(getTranslation("directory.code"));
        tree.addColumn(u -> getTranslation("orgKind." + u.kind())).setHeader(getTranslation("directory.kind"));
        tree.addColumn(u -> getTranslation(u.active() ? "directory.active" : "directory.inactive"))
                .setHeader(getTranslation("users.status"));
        tree.setDataProvider(provider);
        tree.expand(directory.children(null));
        if (admin) {
            Button add = new Button(getTranslation("directory.add"), VaadinIcon.PLUS.create(),
                    e -> new OrgUnitDialog(directory, null, tree.asSingleSelect().getValue(), this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("org-add");
            tree.addItemDoubleClickListener(e -> new OrgUnitDialog(directory, e.getItem(), null, this::refresh).open());
            Button edit = new Button(getTranslation("directory.edit"), VaadinIcon.EDIT.create(), e -> {
                if (tree.asSingleSelect().getValue() != null) {
                    new OrgUnitDialog(directory, tree.asSingleSelect().getValue(), null, this::refresh).open();
                }
            });
            add(new com.vaadin.flow.component.orderedlayout.HorizontalLayout(add, edit));
        }
        add(tree);
        setSizeFull();
    }

    private void refresh() {
        provider.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orgUnits");
    }
}
