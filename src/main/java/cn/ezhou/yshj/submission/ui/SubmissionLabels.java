package cn.ezhou.yshj.submission.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.SubmissionState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import java.util.HashMap;
import java.util.Map;

/** Names of units, domains and channels in the viewer's language, and the state and deadline badges. */
final class SubmissionLabels {

    private final Component owner;
    private final DirectoryService directory;
    private final Map<String, String> unitNames = new HashMap<>();

    SubmissionLabels(Component owner, DirectoryService directory) {
        this.owner = owner;
        this.directory = directory;
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    String unit(String code) {
        if (code == null) {
            return "";
        }
        return unitNames.computeIfAbsent(code, c -> directory.orgUnit(c).map(u -> u.name(locale())).orElse(c));
    }

    String domain(String code) {
        return reference(ReferenceList.ENVIRONMENT_DOMAIN, code);
    }

    /** Why two texts match: the words they share, as the triage advice and the similar items show them. */
    String sharedTerms(java.util.List<String> terms) {
        return owner.getTranslation("triage.sharedTerms",
                String.join(owner.getTranslation("triage.termSeparator"), terms));
    }

    String channel(String code) {
        return reference(ReferenceList.SUBMISSION_CHANNEL, code);
    }

    private String reference(ReferenceList list, String code) {
        return directory.items(list).stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> i.name(locale())).orElse(code == null ? "" : code);
    }

    Span state(SubmissionState state) {
        Span badge = new Span(owner.getTranslation("submission.state." + state));
        badge.getElement().getThemeList().add(stateTheme(state));
        return badge;
    }

    /** The state badge's theme: its colour by how the item stands. */
    static String stateTheme(SubmissionState state) {
        return "badge pill" + switch (state) {
            case CLOSED, ANSWERED -> " success";
            case REJECTED, MERGED -> " contrast";
            case RETURNED, EXTENSION_REQUESTED, REWORK -> " warning";
            default -> "";
        };
    }

    /** The date, and when it is near or past a word and an icon besides the colour, so colour is not the only sign. */
    Span deadline(java.time.LocalDate date, DeadlineStatus status) {
        Span badge = new Span(deadlineText(date, status));
        String icon = deadlineIcon(status);
        if (icon != null) {
            Icon mark = new Icon(icon);
            mark.getElement().setAttribute("aria-hidden", "true");
            mark.getStyle().set("padding", "var(--lumo-space-xs)");
            String text = badge.getText();
            badge.setText(null);
            badge.add(mark, new Span(text));
            badge.getElement().getThemeList().add(deadlineTheme(status));
        }
        return badge;
    }

    String deadlineText(java.time.LocalDate date, DeadlineStatus status) {
        String text = cn.ezhou.yshj.base.ui.Formats.date(date);
        return deadlineIcon(status) == null ? text : text + " · " + owner.getTranslation("submission.deadline." + status);
    }

    /** The icon (vaadin:…) of a near or past deadline, or null. */
    static String deadlineIcon(DeadlineStatus status) {
        return status == DeadlineStatus.OVERDUE ? "vaadin:exclamation-circle"
                : status == DeadlineStatus.DUE_SOON ? "vaadin:clock" : null;
    }

    static String deadlineTheme(DeadlineStatus status) {
        return status == DeadlineStatus.OVERDUE ? "badge error" : status == DeadlineStatus.DUE_SOON ? "badge warning" : "";
    }
}
