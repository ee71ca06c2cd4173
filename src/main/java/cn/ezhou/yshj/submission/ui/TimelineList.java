package cn.ezhou.yshj.submission.ui;

import com.vaadin.flow.component.Component;
import cn.ezhou.yshj.base.ui.Formats;
import cn.ezhou.yshj.submission.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The item's timeline: when, who (in which role), what, and the text that came with it. */
class TimelineList extends OrderedList {

    private final SubmissionLabels labels;

    TimelineList(List<TimelineEntry> entries, SubmissionLabels labels) {
        this.labels = labels;
        addClassName("timeline");
        setId("submission-timeline");
        for (TimelineEntry e : entries) {
            Span when = new Span(Formats.dateTime(e.at()));
            when.addClassName("timeline-time");
            Span what = new Span(getTranslation("submission.timeline." + e.action()));
            what.addClassName("timeline-action");
            Span who = new Span(e.actor() + " · " + getTranslation("submission.role." + e.actorRole()));
            who.addClassName("timeline-actor");
            ListItem item = new ListItem(new Div(when, what, who));
            if (e.detail() != null && !e.detail().isBlank()) {
                Div detail = new Div(detailText(this, labels, e));
                detail.addClassName("user-text");
                item.add(detail);
            }
            add(item);
        }
    }

    /** The text that came with a timeline line, in the viewer's language (also in the printed record). */
    static String detailText(Component c, SubmissionLabels labels, TimelineEntry e) {
        if (e.detail() == null) {
            return "";
        }
        return switch (e.action()) {
            case "RATE", "RATING_DEFAULTED" -> {
                String[] parts = e.detail().split(": ", 2);
                yield c.getTranslation("submission.rating." + parts[0]) + (parts.length > 1 ? "：" + parts[1] : "");
            }
            case "REPLY" -> c.getTranslation("submission.result." + e.detail());
            case "ASSIGN" -> assignment(c, labels, e.detail());
            default -> e.detail();
        };
    }

    /** "FGW + KJJ,RSJ / 2026-10-12" as unit names in the viewer's language. */
    private static String assignment(Component c, SubmissionLabels labels, String detail) {
        String[] unitsAndDate = detail.split(" / ", 2);
        String[] leadAndCo = unitsAndDate[0].split(" \\+ ", 2);
        StringBuilder text = new StringBuilder(labels.unit(leadAndCo[0]));
        if (leadAndCo.length > 1) {
            text.append(" + ");
            text.append(String.join("、", java.util.Arrays.stream(leadAndCo[1].split(",")).map(labels::unit).toList()));
        }
        if (unitsAndDate.length > 1) {
            text.append(" · ").append(c.getTranslation("submission.deadline")).append(" ").append(unitsAndDate[1]);
        }
        return text.toString();
    }
}
