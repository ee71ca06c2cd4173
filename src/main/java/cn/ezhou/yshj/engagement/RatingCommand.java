package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A rating of one department: a score 1–5 for each of the round's dimensions, in order, and an optional comment. */
public record RatingCommand(
        @RequiredText(message = "round.error.departmentRequired") String unitCode,
        List<Integer> scores,
        @Stored("round_rating.comment") @Size(max = 1000, message = "round.error.commentLength") String comment) {

    public RatingCommand {
        scores = scores == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
    }
}
