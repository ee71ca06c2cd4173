package cn.ezhou.yshj.cases;

import java.time.Instant;

/** A typical case; {@code reference} is the item's number, given to the office only. */
public record TypicalCaseRecord(long id, long version, String reference, CaseKind kind, String title, String summary,
                                String domainCode, String unitCode, boolean published, Instant publishedAt) {
}
