package cn.ezhou.yshj.templates;

import java.time.Instant;

/** A saved answer text of one unit; {@code result} null: for any result. */
public record AnswerTemplate(long id, long version, TemplateUse use, String result, String title, String text,
                             String updatedBy, Instant updatedAt) {

    /** Whether the template suits an answer with this result (any, when none is chosen yet). */
    public boolean suits(String chosenResult) {
        return result == null || chosenResult == null || result.equals(chosenResult);
    }
}
