package cn.ezhou.yshj.observer.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.observer.CorpsService;
import cn.ezhou.yshj.observer.CorpsSize;
import cn.ezhou.yshj.observer.DistrictSize;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Corps size by category and level against a year's targets, and district-level observers by
 * district; this year by default, an earlier year as it ended. The office edits the chosen year's
 * targets in place.
 */
@Route(value = "observers/size", layout = MainLayout.class)
@Menu(title = "nav.corpsSize", order = 21, icon = "vaadin:chart-grid")
@RolesAllowed(AppRoles.OFFICE)
class CorpsSizeView extends VerticalLayout implements HasDynamicTitle {

    private final CorpsService corps;
    private final Grid<CorpsSize> grid = new Grid<>();
    private final Grid<DistrictSize> districts = new Grid<>();
    private final Paragraph intro = new Paragraph();
    private final IntegerField year = new IntegerField();
    private Grid.Column<CorpsSize> targetColumn;

    CorpsSizeView(CorpsService corps, DirectoryService directory, Clock clock) {
        this.corps = corps;
        int thisYear = LocalDate.now(clock).getYear();
        Map<String, ReferenceItem> categories = directory.items(ReferenceList.OBSERVER_CATEGORY).stream()
                .collect(Collectors.toMap(ReferenceItem::code, c -> c));
        Map<String, OrgUnitRecord> units = directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE).stream()
                .collect(Collectors.toMap(OrgUnitRecord::code, Function.identity()));

        year.setLabel(getTranslation("evaluation.year"));
        year.setId("corps-year");
        year.setMin(2000);
        year.setMax(thisYear + 1);
        year.setStepButtonsVisible(true);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        grid.setId("corps-size");
        grid.addColumn(s -> categories.get(s.category()).name(getLocale())).setHeader(getTranslation("apply.category"));
        grid.addColumn(s -> getTranslation("level." + s.level())).setHeader(getTranslation("apply.level"));
        grid.addColumn(CorpsSize::serving).setHeader(getTranslation("corps.serving"));
        targetColumn = grid.addComponentColumn(s -> {
            int chosen = year.getValue();
            IntegerField target = new IntegerField();
            target.setAriaLabel(getTranslation("corps.target", chosen));
            target.setValue(s.target());
            target.setMin(0);
            target.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            target.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    Errors.attempt(this, () -> corps.setTarget(chosen, s.category(), s.level(), e.getValue()));
                }
            });
            return target;
        });
        grid.addColumn(s -> s.target() == null || s.target() == 0 ? "—" : Math.round(100.0 * s.serving() / s.target()) + "%")
                .setHeader(getTranslation("corps.reached"));
        grid.setAllRowsVisible(true);

        districts.setId("corps-districts");
        districts.addColumn(d -> units.containsKey(d.districtCode()) ? units.get(d.districtCode()).name(getLocale())
                : d.districtCode()).setHeader(getTranslation("submission.district"));
        districts.addColumn(DistrictSize::serving).setHeader(getTranslation("corps.serving"));
        districts.setAllRowsVisible(true);

        add(year, intro, grid, new H3(getTranslation("corps.byDistrict")), districts);
        show(thisYear);
    }

    private void show(int chosen) {
        intro.setText(getTranslation("corps.intro", chosen, Formats.date(corps.countedOn(chosen))));
        targetColumn.setHeader(getTranslation("corps.target", chosen));
        grid.setItems(corps.size(chosen));
        districts.setItems(corps.byDistrict(chosen));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.corpsSize");
    }
}
