package cn.ezhou.yshj.engagement;

import java.time.Instant;

/** A rating's comment with who gave it; for the office only, never shown to the department rated. */
public record RatingComment(String unitCode, String raterName, String associationName, String comment, Instant ratedAt) {
}
