package cn.ezhou.yshj.submission.internal;

import java.time.Instant;

/**
 * A received item as the triage index holds it: its words, when it came in, and the lead
 * department the office chose for it ({@code null} while it has none).
 */
public record IndexedItem(long id, String title, String body, String leadUnit, String domainCode, Instant submittedAt) {

    /** The words the index reads of an item: its title and its text. */
    public static String text(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** The item as the index holds it, led by the given department ({@code null} for none yet). */
    public static IndexedItem of(Submission item, String leadUnit) {
        return new IndexedItem(item.getId(), item.getTitle(), item.getBody(), leadUnit, item.getDomainCode(),
                item.getSubmittedAt());
    }

    public String text() {
        return text(title, body);
    }
}
