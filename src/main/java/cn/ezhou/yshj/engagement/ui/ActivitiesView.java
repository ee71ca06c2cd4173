package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.ActivitySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** Activities (座谈会, 明察暗访, 培训): the office announces them; observers and associations sign up. */
@Route(value = "activities", layout = MainLayout.class)
@Menu(title = "nav.activities", order = 16, icon = "vaadin:calendar-user")
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class ActivitiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Checkbox openOnly = new Checkbox(getTranslation("activity.openOnly"));

    ActivitiesView(ActivityService activities, CurrentUser currentUser) {
        setSizeFull();
        add(new H2(getPageTitle()));
        boolean office = currentUser.hasRole(AppRoles.OFFICE);
        if (office) {
            Button create = new Button(getTranslation("activity.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("activities/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("activity-new");
            add(create);
        }
        Grid<ActivitySummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // whole titles and the mark on a phone
        grid.addColumn(a -> getTranslation("activity.kind." + a.kind())).setHeader(getTranslation("activity.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> ConfidentialMark.title(this, a.title(), a.confidential()))
                .setHeader(getTranslation("activity.title")).setFlexGrow(2);
        grid.addColumn(a -> Formats.dateTime(a.startsAt())).setHeader(getTranslation("activity.startsAt")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("activity.places", a.signedUp(), a.capacity()))
                .setHeader(getTranslation("activity.signedUp")).setAutoWidth(true);
        if (!office) {
            grid.addColumn(a -> a.signedUpByMe() ? getTranslation("activity.mine") : "")
                    .setHeader(getTranslation("activity.myStatus")).setAutoWidth(true);
        }
        grid.setItems(q -> (!office && openOnly.getValue() ? activities.openForSignup(PageRequest.of(q.getPage(), q.getPageSize()))
                : activities.list(PageRequest.of(q.getPage(), q.getPageSize()))).stream());
        openOnly.setId("activity-open-only");
        openOnly.setVisible(!office);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("activities/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation(office ? "activity.none.office" : "activity.none"));
        grid.setId("activity-list");
        add(openOnly, grid);
    }

    /** {@code ?only=open}: the activities the user may still sign up for. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openOnly.setValue(openOnly.isVisible() && QueryFilters.only(event, "open"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.activities");
    }
}
