package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.BriefingSummary;
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

/** Briefings: the office publishes and sees how many read each; recipients see theirs, unread ones marked. */
@Route(value = "briefings", layout = MainLayout.class)
@Menu(title = "nav.briefings", order = 15, icon = "vaadin:newspaper")
@RolesAllowed({AppRoles.OFFICE, AppRoles.OBSERVER, AppRoles.ASSOCIATION})
class BriefingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Checkbox unreadOnly = new Checkbox(getTranslation("briefing.unreadOnly"));

    BriefingsView(BriefingService briefings, CurrentUser currentUser) {
        setSizeFull();
        add(new H2(getPageTitle()));
        boolean office = currentUser.hasRole(AppRoles.OFFICE);
        if (office) {
            Button create = new Button(getTranslation("briefing.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("briefings/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("briefing-new");
            add(create);
        }
        Grid<BriefingSummary> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // whole titles and the mark on a phone
        grid.addComponentColumn(b -> ConfidentialMark.title(this, b.title(), b.confidential()))
                .setHeader(getTranslation("briefing.title")).setFlexGrow(2);
        grid.addColumn(b -> Formats.dateTime(b.publishedAt())).setHeader(getTranslation("briefing.publishedAt"))
                .setAutoWidth(true);
        if (office) {
            grid.addColumn(b -> getTranslation("briefing.readOf", b.read(), b.recipients()))
                    .setHeader(getTranslation("briefing.reach")).setAutoWidth(true);
        } else {
            grid.addColumn(b -> getTranslation(b.readAt() == null ? "briefing.unread" : "briefing.read"))
                    .setHeader(getTranslation("briefing.status")).setAutoWidth(true);
            grid.setPartNameGenerator(b -> b.readAt() == null ? "unread" : null);
        }
        grid.setItems(q -> (!office && unreadOnly.getValue() ? briefings.unreadByMe(PageRequest.of(q.getPage(), q.getPageSize()))
                : briefings.list(PageRequest.of(q.getPage(), q.getPageSize()))).stream());
        unreadOnly.setId("briefing-unread-only");
        unreadOnly.setVisible(!office);
        unreadOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("briefings/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation(office ? "briefing.none.office" : "briefing.none"));
        grid.setId("briefing-list");
        add(unreadOnly, grid);
    }

    /** {@code ?only=unread}: a recipient's briefings not yet opened. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unreadOnly.setValue(unreadOnly.isVisible() && QueryFilters.only(event, "unread"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.briefings");
    }
}
