package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ObserverRights;
import cn.ezhou.yshj.base.ui.RightsNotice;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.engagement.DepartmentResult;
import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundDetail;
import cn.ezhou.yshj.engagement.RoundResultsService;
import cn.ezhou.yshj.engagement.RoundSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One round. The office reads the results; a rater rates each department once (a button per department
 * while the round is open); a department handler sees its own averages once the round has closed.
 */
@Route(value = "rounds/:id(\\d+)", layout = MainLayout.class)
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION, AppRoles.DEPARTMENT})
class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RatingDesk ratings;
    private final RoundResultsService results;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final ObserverRights rights;
    private long id;
    private String pageTitle = "";

    RoundView(RatingDesk ratings, RoundResultsService results, DirectoryService directory, CurrentUser currentUser,
              ObserverRights rights) {
        this.rights = rights;
        this.ratings = ratings;
        this.results = results;
        this.directory = directory;
        this.currentUser = currentUser;
        setMaxWidth("64rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(0L);
        show();
    }

    private void show() {
        removeAll();
        DepartmentNames names = new DepartmentNames(directory, getLocale());
        boolean rater = currentUser.hasRole(AppRoles.OFFICE) || currentUser.hasRole(AppRoles.OBSERVER)
                || currentUser.hasRole(AppRoles.ASSOCIATION);
        try {
            if (rater) {
                showDetail(ratings.detail(id), names);
            } else {
                showOwn(results.ownDepartment(id), names);
            }
        } catch (Refusal r) {
            pageTitle = getTranslation("nav.rounds");
            Paragraph message = new Paragraph(Errors.message(this, r));
            message.setId("round-message");
            add(new H2(pageTitle), message);
        }
    }

    private void showDetail(RoundDetail d, DepartmentNames names) {
        RoundSummary r = d.round();
        heading(r);
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            add(new ResultsPanel(results, results.results(id), names));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation(d.mayRate() ? "round.rate.hint" : "round.rate.closed"));
        hint.addClassName("form-hint");
        add(RightsNotice.of(this, rights).orElse(hint));
        for (String unit : d.departments()) {
            Div row = new Div();
            row.addClassName("engagement-row");
            Span name = new Span(names.name(unit));
            row.add(name);
            if (d.rated().contains(unit)) {
                Span done = new Span(getTranslation("round.rated"));
                done.getElement().getThemeList().add("badge success");
                row.add(done);
            } else if (d.mayRate()) {
                Button rate = new Button(getTranslation("round.rate"), e -> new RatingDialog(ratings, id, unit,
                        names.name(unit), r.dimensions(), this::show).open());
                rate.setId("rate-" + unit);
                row.add(rate);
            }
            add(row);
        }
    }

    private void showOwn(DepartmentResult result, DepartmentNames names) {
        heading(result.round());
        DepartmentScore own = result.score();
        Paragraph count = new Paragraph(getTranslation("round.own.ratings", names.name(own.unitCode()), own.ratings(),
                ResultsPanel.score(own.overallAverage())));
        count.setId("round-own");
        add(count);
        for (int i = 0; i < own.dimensionAverages().size(); i++) {
            add(new Paragraph(result.round().dimensions().get(i) + "：" + ResultsPanel.score(own.dimensionAverages().get(i))));
        }
        Paragraph privacy = new Paragraph(getTranslation("round.own.privacy"));
        privacy.addClassName("form-hint");
        add(privacy);
    }

    private void heading(RoundSummary r) {
        pageTitle = r.title();
        H2 title = new H2(r.title());
        title.setId("round-heading");
        Span phase = new Span(getTranslation("round.phase." + r.phase()));
        phase.getElement().getThemeList().add("badge");
        add(title, phase, new Paragraph(getTranslation("round.window.text", Formats.date(r.opensOn()),
                Formats.date(r.closesOn()))));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
