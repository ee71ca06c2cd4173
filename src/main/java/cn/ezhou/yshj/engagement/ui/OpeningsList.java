package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.engagement.ConfidentialOpening;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** 查阅记录: who opened a confidential briefing or activity and when, latest first; for the office only. */
class OpeningsList extends VerticalLayout {

    OpeningsList(String id, Function<Pageable, Page<ConfidentialOpening>> openings) {
        setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("engagement.openings.hint"));
        hint.addClassName("form-hint");
        Grid<ConfidentialOpening> grid = new Grid<>();
        grid.addColumn(ConfidentialOpening::displayName).setHeader(getTranslation("engagement.openings.reader"))
                .setFlexGrow(1);
        grid.addColumn(o -> Formats.dateTime(o.openedAt())).setHeader(getTranslation("engagement.openings.at"))
                .setAutoWidth(true);
        grid.setItems(q -> openings.apply(PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("engagement.openings.none"));
        grid.setId(id);
        add(new H3(getTranslation("engagement.openings")), hint, grid);
    }
}
