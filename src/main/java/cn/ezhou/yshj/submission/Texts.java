package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Refusal;

/** Reasons and comments: required, stripped, bounded; a refusal names what is missing. */
final class Texts {

    static final int MAX_REASON = 1000;

    private Texts() {
    }

    static String required(String text, String missingKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new Refusal(missingKey);
        }
        if (t.length() > MAX_REASON) {
            throw new Refusal("submission.error.reasonLength", MAX_REASON);
        }
        return t;
    }
}
