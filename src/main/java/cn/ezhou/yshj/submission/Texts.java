package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;

/** Reasons, notes and inputs: required by the portal's rule, stripped, bounded by their column. */
public final class Texts {

    /** A reason goes into the history; an extension's also onto the item. */
    @Stored({"submission.extension_reason", "submission_event.detail"})
    public static final int MAX_REASON = 500;
    /** A co-department's input. */
    @Stored("submission_party.input_text")
    public static final int MAX_INPUT = 4000;

    private Texts() {
    }

    static String required(String text, String missingKey) {
        return required(text, missingKey, MAX_REASON);
    }

    static String required(String text, String missingKey, int max) {
        if (UserText.isBlank(text)) {
            throw new Refusal(missingKey);
        }
        return optional(text, max);
    }

    /** The stripped text, or null when blank; refused when longer than {@code max}. */
    static String optional(String text, int max) {
        String t = UserText.orNull(text);
        if (t != null && t.length() > max) {
            throw new Refusal(max == MAX_REASON ? "submission.error.reasonLength" : "submission.error.inputLength", max);
        }
        return t;
    }
}
