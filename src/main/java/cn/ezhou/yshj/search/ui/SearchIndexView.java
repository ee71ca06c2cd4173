package cn.ezhou.yshj.search.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.ui.Errors;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.search.IndexStatus;
import cn.ezhou.yshj.search.SearchIndexService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * The search index for the administrator: whether it is ready or being rebuilt (with progress,
 * polled each second while it runs), why it was last rebuilt, and a button to rebuild it.
 */
@Route(value = "admin/search-index", layout = MainLayout.class)
@Menu(title = "nav.searchIndex", order = 87, icon = "vaadin:search")
@RolesAllowed(AppRoles.ADMIN)
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final SearchIndexService index;
    private final Paragraph state = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private Registration polling;
    private final Button rebuild = new Button(getTranslation("search.index.rebuild"), VaadinIcon.REFRESH.create());

    SearchIndexView(SearchIndexService index) {
        this.index = index;
        state.setId("search-index-state");
        progress.setId("search-index-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("search.index.progress"));
        rebuild.setId("search-index-rebuild");
        rebuild.addClickListener(e -> {
            try {
                show(index.rebuild());
            } catch (Refusal r) {
                state.setText(Errors.message(this, r));
            }
        });
        add(new Paragraph(getTranslation("search.index.intro")), state, progress, rebuild);
        show(index.status());
    }

    private void show(IndexStatus s) {
        String reason = s.reason() == null ? "" : " " + getTranslation("search.index.why", getTranslation(s.reason()));
        if (s.building()) {
            state.setText(getTranslation("search.index.building", s.done(), s.total(), s.percent()) + reason);
        } else if (s.failure() != null) {
            state.setText(getTranslation("search.index.failed", Formats.dateTime(s.finishedAt()), s.failure()));
        } else if (s.finishedAt() != null) {
            state.setText(getTranslation("search.index.rebuilt", Formats.dateTime(s.finishedAt()), s.done()) + reason);
        } else {
            state.setText(getTranslation("search.index.ready"));
        }
        progress.setValue(s.percent());
        progress.setVisible(s.building());
        rebuild.setEnabled(!s.building());
        getUI().ifPresent(ui -> ui.setPollInterval(s.building() ? 1000 : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> show(index.status()));
        show(index.status());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.searchIndex");
    }
}
