package cn.ezhou.yshj.submission.internal;

/** One routing decision the office made: an item's words and the lead department it chose. */
public record RoutingDecision(long id, String title, String body, String leadUnit, String domainCode) {
}
