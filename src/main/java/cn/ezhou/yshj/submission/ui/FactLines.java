package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.SubmissionDetail;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The facts of an item as label and value, in the viewer's language: on its page and in its printed record. */
final class FactLines {

    record Line(String label, String value) {
    }

    private FactLines() {
    }

    /** The facts that have a value, in reading order. */
    static List<Line> of(Component c, SubmissionLabels labels, SubmissionDetail d) {
        List<Line> lines = new ArrayList<>();
        add(lines, c, "submission.reference", d.reference());
        add(lines, c, "submission.type", c.getTranslation("submission.type." + d.type()));
        add(lines, c, "submission.domain", labels.domain(d.domainCode()));
        add(lines, c, "submission.district", labels.unit(d.districtCode()));
        add(lines, c, "submission.channel", labels.channel(d.channelCode()) + (d.channelRef() == null ? "" : " " + d.channelRef()));
        add(lines, c, "submission.submitter", d.submitterLabel());
        add(lines, c, "submission.contact", d.submitterContact());
        add(lines, c, "submission.suggestedUnit", labels.unit(d.suggestedUnit()));
        add(lines, c, "submission.leadUnit", labels.unit(d.leadUnit()));
        add(lines, c, "submission.coUnits", d.coUnits().stream().map(u -> labels.unit(u.unitCode())).collect(Collectors.joining("、")));
        add(lines, c, "submission.submittedAt", Formats.dateTime(d.submittedAt()));
        if (d.extensionUntil() != null) {
            add(lines, c, "submission.extensionUntil", Formats.date(d.extensionUntil()) + " " + d.extensionReason());
        }
        add(lines, c, "submission.mergedInto", d.mergedIntoReference());
        if (d.urgent()) {
            add(lines, c, "submission.urgent", c.getTranslation("common.yes"));
        }
        return lines;
    }

    private static void add(List<Line> lines, Component c, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(c.getTranslation(labelKey), value));
        }
    }
}
