package cn.ezhou.yshj.engagement;

import java.time.Instant;

/** Someone who opened a confidential briefing or activity, and when (the office's 查阅记录). */
public record ConfidentialOpening(String username, String displayName, Instant openedAt) {
}
