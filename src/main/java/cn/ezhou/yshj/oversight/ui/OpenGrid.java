package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.oversight.OpenCount;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;

/** Open items grouped by state or by department, with overdue and due-soon counts. */
class OpenGrid extends Grid<OpenCount> {

    OpenGrid(String keyHeader, Function<String, String> keyLabel, String id) {
        addColumn(c -> keyLabel.apply(c.key())).setHeader(getTranslation(keyHeader)).setFlexGrow(1);
        addColumn(OpenCount::items).setHeader(getTranslation("oversight.open")).setAutoWidth(true);
        addColumn(OpenCount::overdue).setHeader(getTranslation("oversight.overdueNow")).setAutoWidth(true);
        addColumn(OpenCount::dueSoon).setHeader(getTranslation("oversight.dueSoonNow")).setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("oversight.noOpen"));
        setId(id);
    }

    void show(List<OpenCount> counts) {
        setItems(counts);
    }
}
