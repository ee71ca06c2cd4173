package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.SubmissionSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import cn.ezhou.yshj.base.ui.MarkedText;
import cn.ezhou.yshj.submission.ItemHit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of items every inbox shares. Loads page by page without counting (a million items
 * scroll as fast as ten); a click opens the item.
 */
class SubmissionGrid extends Grid<SubmissionSummary> {

    interface Source {
        List<SubmissionSummary> fetch(int offset, int limit);
    }

    private final Map<Long, ItemHit> marks = new HashMap<>();

    SubmissionGrid(SubmissionLabels labels, boolean showSubmitter, boolean showUnit, Source source) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Reference, state and deadline as templates rendered in the browser, not as server-side
        // components: a page of 50 rows then holds no Anchor/Span per cell in the UI's state tree.
        String draft = getTranslation("submission.state.DRAFT");
        addColumn(LitRenderer.<SubmissionSummary>of("<a href=\"submissions/${item.id}\">${item.reference}</a>")
                .withProperty("id", SubmissionSummary::id)
                .withProperty("reference", s -> s.reference() == null ? draft : s.reference()))
                .setHeader(getTranslation("submission.reference")).setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(this::title)).setHeader(getTranslation("submission.title"))
                .setWidth("14em").setFlexGrow(3);
        addColumn(s -> getTranslation("submission.type." + s.type())).setHeader(getTranslation("submission.type"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<SubmissionSummary>of("<span theme=\"${item.theme}\">${item.label}</span>")
                .withProperty("theme", s -> SubmissionLabels.stateTheme(s.state()))
                .withProperty("label", s -> getTranslation("submission.state." + s.state())))
                .setHeader(getTranslation("submission.state"))
                .setAutoWidth(true).setFlexGrow(0);
        if (showUnit) {
            addColumn(s -> labels.unit(s.leadUnit())).setHeader(getTranslation("submission.leadUnit")).setAutoWidth(true);
        }
        addColumn(LitRenderer.<SubmissionSummary>of("<span theme=\"${item.theme}\"><vaadin-icon ?hidden=\"${!item.icon}\" "
                        + "icon=\"${item.icon}\" aria-hidden=\"true\" style=\"padding: var(--lumo-space-xs)\"></vaadin-icon>"
                        + "${item.text}</span>")
                .withProperty("theme", s -> SubmissionLabels.deadlineTheme(s.deadlineStatus()))
                .withProperty("icon", s -> SubmissionLabels.deadlineIcon(s.deadlineStatus()))
                .withProperty("text", s -> labels.deadlineText(s.deadline(), s.deadlineStatus())))
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
        marks.clear();
        getDataProvider().refreshAll();
    }

    /** The found items of a search, their hits' marked words shown in the title column. */
    List<SubmissionSummary> found(List<ItemHit> hits) {
        hits.forEach(h -> marks.put(h.item().id(), h));
        return hits.stream().map(ItemHit::item).toList();
    }

    private Component title(SubmissionSummary s) {
        ItemHit hit = marks.get(s.id());
        if (hit == null) {
            return new Span(s.title());
        }
        Div cell = new Div(hit.title() == null ? new Span(s.title()) : new MarkedText(hit.title()));
        for (String passage : hit.passages()) {
            MarkedText line = new MarkedText("…" + passage + "…");
            line.getStyle().set("display", "block").set("white-space", "normal")
                    .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            cell.add(line);
        }
        cell.getStyle().set("white-space", "normal");
        return cell;
    }
}
