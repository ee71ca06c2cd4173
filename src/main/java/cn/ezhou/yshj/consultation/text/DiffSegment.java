package cn.ezhou.yshj.consultation.text;

/**
 * A run of characters in a draft-to-final comparison: kept, inserted in the final text, or deleted
 * from the draft. Chinese has no spaces between words, so runs are cut at character level.
 */
public record DiffSegment(Op op, String text) {

    public enum Op {
        EQUAL, INSERTED, DELETED
    }
}
