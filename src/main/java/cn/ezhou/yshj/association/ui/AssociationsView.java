package cn.ezhou.yshj.association.ui;

import cn.ezhou.yshj.association.AssociationRecord;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The register of chambers and associations: search by name, code or industry; add, change, invite liaisons. */
@Route(value = "associations", layout = MainLayout.class)
@Menu(title = "nav.associations", order = 24, icon = "vaadin:handshake")
@RolesAllowed({AppRoles.OFFICE, AppRoles.ADMIN})
class AssociationsView extends VerticalLayout implements HasDynamicTitle {

    AssociationsView(AssociationService associations, DirectoryService directory) {
        setSizeFull();
        List<ReferenceItem> tagItems = directory.items(ReferenceList.INDUSTRY_TAG);
        Map<String, ReferenceItem> tagNames = directory.allItems(ReferenceList.INDUSTRY_TAG).stream().collect(Collectors.toMap(ReferenceItem::code, Function.identity()));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("association.search"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        ComboBox<ReferenceItem> tag = new ComboBox<>();
        tag.setPlaceholder(getTranslation("association.tags"));
        tag.setItems(tagItems);
        tag.setItemLabelGenerator(i -> i.name(getLocale()));
        tag.setClearButtonVisible(true);
        Grid<AssociationRecord> grid = new Grid<>();
        grid.addColumn(AssociationRecord::name).setHeader(getTranslation("association.name")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("association.kind." + a.kind())).setHeader(getTranslation("association.kind"));
        grid.addColumn(AssociationRecord::creditCode).setHeader(getTranslation("association.creditCode")).setAutoWidth(true);
        grid.addColumn(a -> a.tags().stream().sorted().map(t -> tagNames.containsKey(t) ? tagNames.get(t).name(getLocale()) : t)
                .collect(Collectors.joining("、"))).setHeader(getTranslation("association.tags"));
        grid.addColumn(AssociationRecord::memberCount).setHeader(getTranslation("association.members"));
        grid.addColumn(a -> a.active() ? "" : getTranslation("association.inactive")).setHeader(getTranslation("association.state"));
        grid.setItems(q -> associations.search(filter.getValue(), tag.getValue() == null ? null : tag.getValue().code(),
                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("name"))).stream());
        grid.setId("association-grid");
        grid.setEmptyStateText(getTranslation("association.none"));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        filter.addValueChangeListener(e -> refresh.run());
        tag.addValueChangeListener(e -> refresh.run());
        grid.addItemClickListener(e -> new AssociationDialog(associations, tagItems, tagNames, associations.get(e.getItem().id()),
                refresh).open());
        Button add = new Button(getTranslation("association.add"), VaadinIcon.PLUS.create(),
                e -> new AssociationDialog(associations, tagItems, tagNames, null, refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("association-add");
        HorizontalLayout bar = new HorizontalLayout(add, filter, tag);
        bar.setWrap(true);
        add(bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.associations");
    }
}
