package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.oversight.Dashboard;
import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.oversight.SatisfactionRounds;
import cn.ezhou.yshj.submission.TriageAdvisor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The office's dashboard (DESIGN §5): headline figures, the monthly trend as a chart and a table,
 * open items by state and department, and how each figure is computed.
 */
@Route(value = "office/dashboard", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 4, icon = "vaadin:dashboard")
@RolesAllowed(AppRoles.OFFICE)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final OversightFigures figures;
    private final PeriodPicker period;
    private final ComboBox<OrgUnitRecord> district = new ComboBox<>();
    private final ComboBox<ReferenceItem> domain = new ComboBox<>();
    private final Span asOf = new Span();
    private final KeyFigures keys = new KeyFigures();
    private final MonthlyTrend trend = new MonthlyTrend();
    private final OpenGrid byState;
    private final OpenGrid byUnit;
    private final RoundResultsPanel rounds;
    private final TriageAdvisor advisor;
    private final java.time.ZoneId zone;

    DashboardView(OversightFigures figures, SatisfactionRounds satisfactionRounds, DirectoryService directory,
                  TriageAdvisor advisor, Clock clock) {
        this.figures = figures;
        this.advisor = advisor;
        this.zone = clock.getZone();
        Names names = new Names(directory, getLocale());
        rounds = new RoundResultsPanel(satisfactionRounds, names);
        period = new PeriodPicker(LocalDate.now(clock), PeriodPicker.Preset.YEAR);
        district.setLabel(getTranslation("oversight.district"));
        district.setItems(Names.districts(directory));
        district.setItemLabelGenerator(u -> u.name(getLocale()));
        district.setClearButtonVisible(true);
        district.setPlaceholder(getTranslation("oversight.all"));
        district.setId("filter-district");
        domain.setLabel(getTranslation("oversight.domain"));
        domain.setItems(directory.items(ReferenceList.ENVIRONMENT_DOMAIN));
        domain.setItemLabelGenerator(d -> d.name(getLocale()));
        domain.setClearButtonVisible(true);
        domain.setPlaceholder(getTranslation("oversight.all"));
        domain.setId("filter-domain");
        Button refresh = new Button(getTranslation("oversight.refresh"), VaadinIcon.REFRESH.create(),
                e -> Errors.attempt(this, () -> {
                    figures.refreshNow();
                    load();
                }));
        refresh.setId("figures-refresh");
        HorizontalLayout filters = new HorizontalLayout(period, district, domain, refresh);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        byState = new OpenGrid("oversight.state", s -> getTranslation("submission.state." + s), "open-by-state");
        byUnit = new OpenGrid("oversight.unit", u -> u.isEmpty() ? getTranslation("oversight.unassigned")
                : names.unit(u), "open-by-unit");
        asOf.setId("figures-as-of");
        add(filters, asOf, keys, trend, rounds, new H3(getTranslation("oversight.openByState")), byState,
                new H3(getTranslation("oversight.openByUnit")), byUnit, new H3(getTranslation("oversight.method")),
                new Paragraph(getTranslation("oversight.method.dashboard")));
        period.onChange(this::load);
        district.addValueChangeListener(e -> load());
        domain.addValueChangeListener(e -> load());
        load();
    }

    private void load() {
        Errors.attempt(this, () -> {
            Dashboard d = figures.dashboard(new FigureQuery(period.from(), period.to(),
                    district.getValue() == null ? null : district.getValue().code(),
                    domain.getValue() == null ? null : domain.getValue().code()));
            asOf.setText(d.asOf() == null ? getTranslation("oversight.asOf.never")
                    : getTranslation("oversight.asOf", Formats.dateTime(d.asOf())));
            keys.show(d);
            keys.show(advisor.hitRate(period.from().atStartOfDay(zone).toInstant(),
                    period.to().plusDays(1).atStartOfDay(zone).toInstant()));
            trend.show(d.months());
            byState.show(d.openByState());
            byUnit.show(d.openByUnit());
            rounds.show(period.from(), period.to());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
