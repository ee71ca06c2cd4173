package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.engagement.RoundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Satisfaction rounds: the office opens them and reads results; observers and associations rate the
 * departments of an open round; a department finds the rounds it is rated in.
 */
@Route(value = "rounds", layout = MainLayout.class)
@Menu(title = "nav.rounds", order = 14, icon = "vaadin:star-half-left-o")
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION, AppRoles.DEPARTMENT})
class RoundsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Checkbox toRate = new Checkbox(getTranslation("round.toRateOnly"));

    RoundsView(RoundService rounds, CurrentUser currentUser) {
        setSizeFull();
        boolean rater = currentUser.hasRole(AppRoles.OBSERVER) || currentUser.hasRole(AppRoles.ASSOCIATION);
        add(new H2(getPageTitle()));
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            Button create = new Button(getTranslation("round.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("rounds/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("round-new");
            add(create);
        } else {
            Paragraph hint = new Paragraph(getTranslation(currentUser.hasRole(AppRoles.DEPARTMENT)
                    && !currentUser.hasRole(AppRoles.OBSERVER) && !currentUser.hasRole(AppRoles.ASSOCIATION)
                    ? "round.hint.department" : "round.hint.rater"));
            hint.addClassName("form-hint");
            add(hint);
        }
        Grid<RoundSummary> grid = new Grid<>();
        grid.addColumn(RoundSummary::title).setHeader(getTranslation("round.title")).setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.opensOn()) + " – " + Formats.date(r.closesOn()))
                .setHeader(getTranslation("round.window")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("round.phase." + r.phase())).setHeader(getTranslation("round.phase"))
                .setAutoWidth(true);
        grid.setItems(q -> (rater && toRate.getValue() ? rounds.toRate(PageRequest.of(q.getPage(), q.getPageSize()))
                : rounds.list(PageRequest.of(q.getPage(), q.getPageSize()))).stream());
        toRate.setId("round-to-rate");
        toRate.setVisible(rater);
        toRate.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("rounds/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("round.none"));
        grid.setId("round-list");
        add(toRate, grid);
    }

    /** {@code ?only=toRate}: the open rounds in which the rater still has departments to rate. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        toRate.setValue(toRate.isVisible() && QueryFilters.only(event, "toRate"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rounds");
    }
}
