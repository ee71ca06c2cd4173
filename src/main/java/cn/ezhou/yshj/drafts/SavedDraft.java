package cn.ezhou.yshj.drafts;

import java.time.Instant;
import java.util.Map;

/** A form's fields as their author last left them, by field name, and when they were saved. */
public record SavedDraft(Map<String, String> fields, Instant savedAt) {

    public SavedDraft {
        fields = Map.copyOf(fields);
    }
}
