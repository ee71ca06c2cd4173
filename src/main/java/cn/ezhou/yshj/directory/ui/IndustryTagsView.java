package cn.ezhou.yshj.directory.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.ReferenceEntryRecord;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.directory.ReferenceListService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The industry tags consultations and policy pushes reach associations by. Administrators keep them. */
@Route(value = "admin/industry-tags", layout = MainLayout.class)
@Menu(title = "nav.industryTags", order = 72, icon = "vaadin:tags")
@RolesAllowed({AppRoles.ADMIN, AppRoles.OFFICE})
class IndustryTagsView extends VerticalLayout implements HasDynamicTitle {

    private final ReferenceListService lists;
    private final Grid<ReferenceEntryRecord> grid = new Grid<>();

    IndustryTagsView(ReferenceListService lists, AuthenticationContext auth) {
        this.lists = lists;
        grid.setId("tag-grid");
        grid.addColumn(ReferenceEntryRecord::code).setHeader(getTranslation("directory.code")).setAutoWidth(true);
        grid.addColumn(ReferenceEntryRecord::nameZh).setHeader(getTranslation("directory.nameZh")).setFlexGrow(2);
        grid.addColumn(ReferenceEntryRecord::nameEn).setHeader(getTranslation("directory.nameEn")).setFlexGrow(2);
        grid.addColumn(ReferenceEntryRecord::sort).setHeader(getTranslation("directory.sort")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.active() ? "directory.active" : "directory.inactive"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        add(new Paragraph(getTranslation("reference.tagsIntro")));
        if (auth.hasRole(AppRoles.ADMIN)) {
            Button add = new Button(getTranslation("reference.add"), VaadinIcon.PLUS.create(),
                    e -> new IndustryTagDialog(lists, null, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("tag-add");
            Button edit = new Button(getTranslation("directory.edit"), VaadinIcon.EDIT.create(), e -> {
                if (grid.asSingleSelect().getValue() != null) {
                    new IndustryTagDialog(lists, grid.asSingleSelect().getValue(), this::refresh).open();
                }
            });
            edit.setId("tag-edit");
            edit.setEnabled(false);
            grid.asSingleSelect().addValueChangeListener(e -> edit.setEnabled(e.getValue() != null));
            grid.addItemDoubleClickListener(e -> new IndustryTagDialog(lists, e.getItem(), this::refresh).open());
            add(new HorizontalLayout(add, edit));
        }
        add(grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(lists.entries(ReferenceList.INDUSTRY_TAG));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.industryTags");
    }
}
