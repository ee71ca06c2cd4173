package cn.ezhou.yshj.engagement;

/** A briefing opened: its text; for a recipient the opening is the read receipt. */
public record BriefingDetail(BriefingSummary summary, String body) {
}
