package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.base.ui.QueryFilters;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.ConsultationSummary;
import cn.ezhou.yshj.consultation.UnansweredConsultation;
import cn.ezhou.yshj.directory.DirectoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * The consultations the viewer may read: public ones for everybody, those addressed to an
 * association or to observers, a department's own drafts, all of them for the office — which also
 * sees the closed ones still waiting for answers.
 */
@Route(value = "consultations", layout = MainLayout.class)
@Menu(title = "nav.consultations", order = 12, icon = "vaadin:comments-o")
@AnonymousAllowed
class ConsultationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComboBox<ConsultationPhase> phase = new ComboBox<>(getTranslation("consultation.phase"));
    private final Checkbox lateOnly = new Checkbox(getTranslation("consultation.unanswered.lateOnly"));

    ConsultationsView(ConsultationService consultations, AnswerDesk answers, DirectoryService directory,
                      CurrentUser currentUser) {
        setSizeFull();
        UnitNames names = new UnitNames(directory, getLocale());
        if (currentUser.hasRole(AppRoles.DEPARTMENT) || currentUser.hasRole(AppRoles.OFFICE)) {
            Button create = new Button(getTranslation("consultation.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("consultations/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("consultation-new");
            add(create);
        }
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            Grid<UnansweredConsultation> waiting = new Grid<>();
            waiting.addColumn(u -> u.consultation().reference()).setHeader(getTranslation("consultation.reference")).setAutoWidth(true);
            waiting.addColumn(u -> u.consultation().title()).setHeader(getTranslation("consultation.title")).setFlexGrow(1);
            waiting.addColumn(u -> names.unit(u.consultation().draftingUnit())).setHeader(getTranslation("consultation.draftingUnit"));
            waiting.addColumn(UnansweredConsultation::unanswered).setHeader(getTranslation("consultation.unanswered"));
            waiting.addColumn(u -> Formats.date(u.consultation().answerDue())).setHeader(getTranslation("consultation.answerDue"));
            waiting.setItems(q -> answers.unanswered(lateOnly.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream());
            lateOnly.setId("unanswered-late-only");
            lateOnly.addValueChangeListener(e -> waiting.getDataProvider().refreshAll());
            waiting.addItemClickListener(e -> open(e.getItem().consultation()));
            waiting.setAllRowsVisible(true);
            waiting.setId("unanswered-consultations");
            waiting.setEmptyStateText(getTranslation("consultation.unanswered.none"));
            add(new H3(getTranslation("consultation.unanswered.title")), lateOnly, waiting,
                    new H3(getTranslation("nav.consultations")));
        }
        Grid<ConsultationSummary> grid = new Grid<>();
        grid.addColumn(ConsultationSummary::reference).setHeader(getTranslation("consultation.reference")).setAutoWidth(true);
        grid.addColumn(ConsultationSummary::title).setHeader(getTranslation("consultation.title")).setFlexGrow(1);
        grid.addColumn(c -> names.unit(c.draftingUnit())).setHeader(getTranslation("consultation.draftingUnit"));
        grid.addColumn(c -> Formats.date(c.closesOn())).setHeader(getTranslation("consultation.closesOn"));
        grid.addColumn(c -> getTranslation("consultation.phase." + c.phase())).setHeader(getTranslation("consultation.phase"));
        grid.setItems(q -> consultations.list(phase.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        phase.setItems(ConsultationPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation("consultation.phase." + p));
        phase.setPlaceholder(getTranslation("consultation.phase.all"));
        phase.setClearButtonVisible(true);
        phase.setId("consultation-phase");
        phase.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("consultation.none"));
        grid.setId("consultation-list");
        add(phase, grid);
    }

    /** {@code ?phase=OPEN} chooses the phase; the office's {@code ?only=late} narrows the consultations waiting for answers. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryFilters.value(event, "phase", ConsultationPhase.class).ifPresent(phase::setValue);
        lateOnly.setValue(QueryFilters.only(event, "late"));
    }

    private void open(ConsultationSummary c) {
        getUI().ifPresent(ui -> ui.navigate("consultations/" + c.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultations");
    }
}
