package cn.ezhou.yshj.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart (docs/decisions/0011): months on the x axis, one line per series. The
 * numbers are always shown in a table beside it as well, for screen readers and for copying.
 */
@Tag("portal-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./portal-chart.ts")
class PortalChart extends Component implements HasSize {

    /** One named line of values, aligned with the categories; null values leave a gap. */
    record Series(String name, List<? extends Number> values, boolean percent) {
    }

    PortalChart() {
        setWidthFull();
        setHeight("280px");
    }

    void lines(List<String> categories, List<Series> series) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode option = json.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 48).put("right", 48).put("top", 36).put("bottom", 28);
        ArrayNode x = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(x::add);
        ArrayNode axes = option.putArray("yAxis");
        axes.addObject().put("type", "value").put("minInterval", 1);
        axes.addObject().put("type", "value").put("min", 0).put("max", 100).putObject("axisLabel")
                .put("formatter", "{value}%");
        ArrayNode lines = option.putArray("series");
        for (Series s : series) {
            ObjectNode line = lines.addObject().put("name", s.name()).put("type", s.percent() ? "line" : "bar")
                    .put("yAxisIndex", s.percent() ? 1 : 0);
            ArrayNode data = line.putArray("data");
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v.doubleValue());
                }
            });
        }
        getElement().setPropertyJson("option", option);
    }
}
