package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.oversight.League;
import cn.ezhou.yshj.oversight.LeagueMethod;
import cn.ezhou.yshj.oversight.LeagueTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The department league table (红黑榜) with its method written out. Observers and associations
 * reach it only while the office publishes it; the service refuses them otherwise, and the page
 * says so.
 */
@Route(value = "league", layout = MainLayout.class)
@Menu(title = "nav.league", order = 9, icon = "vaadin:trophy")
@RolesAllowed({AppRoles.OFFICE, AppRoles.DEPARTMENT, AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class LeagueView extends VerticalLayout implements HasDynamicTitle {

    private final LeagueTable league;
    private PeriodPicker period;
    private LeagueGrid grid;
    private final Paragraph asOf = new Paragraph();
    private final Paragraph method = new Paragraph();

    LeagueView(LeagueTable league, DirectoryService directory, CurrentUser currentUser, Clock clock) {
        this.league = league;
        try {
            league.method();
        } catch (Refusal notPublished) {
            Paragraph closed = new Paragraph(getTranslation(notPublished.key()));
            closed.setId("league-not-published");
            add(closed);
            period = null;
            grid = null;
            return;
        }
        period = new PeriodPicker(LocalDate.now(clock), PeriodPicker.Preset.QUARTER);
        grid = new LeagueGrid(new Names(directory, getLocale()));
        add(period);
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            Button edit = new Button(getTranslation("league.method.edit"), VaadinIcon.COG.create(),
                    e -> new LeagueMethodDialog(league, league.method(), this::load).open());
            edit.setId("league-method-edit");
            add(edit);
        }
        method.setId("league-method");
        add(asOf, grid, new H3(getTranslation("oversight.method")), method);
        period.onChange(this::load);
        load();
    }

    private void load() {
        Errors.attempt(this, () -> {
            League table = league.league(period.from(), period.to());
            grid.setItems(table.rows());
            asOf.setText(table.asOf() == null ? getTranslation("oversight.asOf.never")
                    : getTranslation("oversight.asOf", Formats.dateTime(table.asOf())));
            LeagueMethod m = table.method();
            method.setText(getTranslation("league.method.text", m.onTimeWeight(), m.speedWeight(),
                    m.satisfactionWeight(), m.reopenWeight(), m.consultationWeight(), m.speedZeroDays(),
                    m.roundWeight())
                    + " " + getTranslation(m.published() ? "league.method.published" : "league.method.internal"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.league");
    }
}
