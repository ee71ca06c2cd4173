package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.SubmissionSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/**
 * The list of items every inbox shares. Loads page by page without counting (a million items
 * scroll as fast as ten); a click opens the item.
 */
class SubmissionGrid extends Grid<SubmissionSummary> {

    interface Source {
        List<SubmissionSummary> fetch(int offset, int limit);
    }

    SubmissionGrid(SubmissionLabels labels, boolean showSubmitter, boolean showUnit, Source source) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(new ComponentRenderer<>(s -> new Anchor("submissions/" + s.id(),
                s.reference() == null ? getTranslation("submission.state.DRAFT") : s.reference())))
                .setHeader(getTranslation("submission.reference")).setAutoWidth(true).setFlexGrow(0);
        addColumn(SubmissionSummary::title).setHeader(getTranslation("submission.title")).setWidth("14em").setFlexGrow(3);
        addColumn(s -> getTranslation("submission.type." + s.type())).setHeader(getTranslation("submission.type"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(s -> labels.state(s.state()))).setHeader(getTranslation("submission.state"))
                .setAutoWidth(true).setFlexGrow(0);
        if (showUnit) {
            addColumn(s -> labels.unit(s.leadUnit())).setHeader(getTranslation("submission.leadUnit")).setAutoWidth(true);
        }
        addColumn(new ComponentRenderer<>(s -> labels.deadline(s.deadline(), s.deadlineStatus())))
                .setHeader(getTranslation("submission.deadline")).setAutoWidth(true).setFlexGrow(0);
        if (showSubmitter) {
            addColumn(SubmissionSummary::submitterLabel).setHeader(getTranslation("submission.submitter")).setAutoWidth(true);
        }
        addColumn(s -> Formats.dateTime(s.submittedAt() == null ? s.createdAt() : s.submittedAt()))
                .setHeader(getTranslation("submission.submittedAt")).setAutoWidth(true).setFlexGrow(0);
        setItems(query -> source.fetch(query.getOffset(), query.getLimit()).stream());
        setPageSize(50);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("submissions/" + e.getItem().id())));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
