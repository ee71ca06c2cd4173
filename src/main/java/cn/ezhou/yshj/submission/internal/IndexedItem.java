package cn.ezhou.yshj.submission.internal;

import java.time.Instant;

/**
 * A received item as the triage index holds it: its words, when it came in, and the lead
 * department the office chose for it ({@code null} while it has none).
 */
public record IndexedItem(long id, String title, String body, String leadUnit, String domainCode, Instant submittedAt) {
}
