package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.CorpsService;
import cn.ezhou.yshj.observer.CorpsSize;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Corps size by category and level against this year's targets; the office edits the targets in place. */
@Route(value = "observers/size", layout = MainLayout.class)
@Menu(title = "nav.corpsSize", order = 21, icon = "vaadin:chart-grid")
@RolesAllowed(AppRoles.OFFICE)
class CorpsSizeView extends VerticalLayout implements HasDynamicTitle {

    CorpsSizeView(CorpsService corps, DirectoryService directory, Clock clock) {
        int year = LocalDate.now(clock).getYear();
        Map<String, ReferenceItem> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::code, c -> c));
        Grid<CorpsSize> grid = new Grid<>();
        grid.setId("corps-size");
        grid.addColumn(s -> categories.get(s.category()).name(getLocale())).setHeader(getTranslation("apply.category"));
        grid.addColumn(s -> getTranslation("level." + s.level())).setHeader(getTranslation("apply.level"));
        grid.addColumn(CorpsSize::serving).setHeader(getTranslation("corps.serving"));
        grid.addComponentColumn(s -> {
            IntegerField target = new IntegerField();
            target.setAriaLabel(getTranslation("corps.target", year));
            target.setValue(s.target());
            target.setMin(0);
            target.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            target.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Errors.attempt(this, () -> corps.setTarget(year, s.category(), s.level(), e.getValue()));
                }
            });
            return target;
        }).setHeader(getTranslation("corps.target", year));
        grid.addColumn(s -> s.target() == null || s.target() == 0 ? "—" : Math.round(100.0 * s.serving() / s.target()) + "%")
                .setHeader(getTranslation("corps.reached"));
        grid.setItems(corps.size(year));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("corps.intro", year)), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.corpsSize");
    }
}
