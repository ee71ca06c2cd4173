package cn.ezhou.yshj.submission;

import java.time.Instant;

/** A closed item as the office sees it when it considers it for a typical case. */
public record ClosedItem(long id, String reference, String title, String domainCode, String leadUnit,
                         String submitterName, String submitterContact, Instant closedAt) {
}
