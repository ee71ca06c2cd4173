package cn.ezhou.yshj.templates;

import java.util.List;

/**
 * Where a template is inserted, the results it may be meant for (the names of the submission's
 * {@code ResultType} and the consultation's {@code AnswerOutcome}; a test keeps them equal) and
 * the longest text that place accepts.
 */
public enum TemplateUse {
    ITEM_REPLY(List.of("RESOLVED", "IN_PROGRESS", "PLANNED", "EXPLAINED"), 4000),
    CONSULTATION_ANSWER(List.of("ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "ALREADY_PROVIDED"), 2000);

    private final List<String> results;
    private final int maxText;

    TemplateUse(List<String> results, int maxText) {
        this.results = results;
        this.maxText = maxText;
    }

    public List<String> results() {
        return results;
    }

    public int maxText() {
        return maxText;
    }
}
