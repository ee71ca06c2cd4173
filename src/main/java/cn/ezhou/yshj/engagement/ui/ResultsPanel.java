package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RatingComment;
import cn.ezhou.yshj.engagement.RoundResults;
import cn.ezhou.yshj.engagement.RoundResultsService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/** The office's results of a round: response rate, averages per department and dimension, and the comments. */
class ResultsPanel extends VerticalLayout {

    ResultsPanel(RoundResultsService service, RoundResults results, DepartmentNames names) {
        setPadding(false);
        Paragraph response = new Paragraph(getTranslation("round.response", results.respondents(), results.eligible(),
                String.format(Locale.ROOT, "%.1f", results.responseRate() * 100)));
        response.setId("round-response");
        Grid<DepartmentScore> grid = new Grid<>();
        grid.addColumn(d -> names.name(d.unitCode())).setHeader(getTranslation("round.department"))
                .setAutoWidth(true).setFrozen(true);
        List<String> dimensions = results.round().dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            int position = i;
            grid.addColumn(d -> score(d.dimensionAverages().get(position))).setHeader(dimensions.get(i)).setAutoWidth(true);
        }
        grid.addColumn(d -> score(d.overallAverage())).setHeader(getTranslation("round.overall")).setAutoWidth(true);
        grid.addColumn(DepartmentScore::ratings).setHeader(getTranslation("round.ratings")).setAutoWidth(true);
        grid.setItems(results.departments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("round-results");
        H3 commentsTitle = new H3(getTranslation("round.comments"));
        Grid<RatingComment> comments = new Grid<>();
        comments.addColumn(RatingComment::comment).setHeader(getTranslation("round.comment")).setFlexGrow(3);
        comments.addColumn(c -> c.associationName() == null ? c.raterName() : c.raterName() + "（" + c.associationName() + "）")
                .setHeader(getTranslation("round.rater")).setAutoWidth(true);
        comments.addColumn(c -> Formats.dateTime(c.ratedAt())).setHeader(getTranslation("round.ratedAt")).setAutoWidth(true);
        comments.setEmptyStateText(getTranslation("round.comments.pick"));
        comments.setId("round-comments");
        comments.setVisible(false);
        grid.addItemClickListener(e -> {
            commentsTitle.setText(getTranslation("round.comments.of", names.name(e.getItem().unitCode())));
            comments.setItems(q -> service.comments(results.round().id(), e.getItem().unitCode(),
                    PageRequest.of(q.getPage(), q.getPageSize())).stream());
            comments.setVisible(true);
        });
        Paragraph hint = new Paragraph(getTranslation("round.comments.hint"));
        hint.addClassName("form-hint");
        add(response, grid, commentsTitle, hint, comments);
    }

    /** An average with two decimals, or a dash when nobody rated. */
    static String score(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
