package cn.ezhou.yshj.consultation.text;

import java.util.List;

/**
 * The parts of a split text in text order. Not structured means no articles or items were found:
 * then {@code parts} is exactly one WHOLE part, and comments go to the text as a whole.
 */
public record SplitResult(List<DraftPart> parts, boolean structured) {

    public SplitResult {
        parts = List.copyOf(parts);
    }

    /** The parts commenters can comment on (articles, preamble, or the whole text). */
    public List<DraftPart> commentableParts() {
        return parts.stream().filter(DraftPart::commentable).toList();
    }
}
