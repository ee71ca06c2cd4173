package cn.ezhou.yshj.engagement;

/** Someone a briefing reached who has not opened it yet; {@code associationName} is null for an observer. */
public record UnreadRecipient(String username, String displayName, String associationName) {
}
