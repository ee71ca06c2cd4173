package cn.ezhou.yshj.base;

import org.jspecify.annotations.Nullable;

/**
 * The portal's one rule for text typed by a person: strip every kind of space at both ends, then
 * an empty result is blank. {@link String#strip()} misses the no-break spaces (U+00A0, U+2007,
 * U+202F) and zero-width characters, and Bean Validation's {@code @RequiredText} even misses the
 * ideographic space U+3000, so a reply of full-width spaces used to be stored empty.
 */
public final class UserText {

    private UserText() {
    }

    /** True for spaces of any kind, no-break and zero-width ones included. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == '\u200B' || codePoint == '\u2060' || codePoint == '\uFEFF';
    }

    /** The text without spaces at either end; null becomes "". */
    public static String strip(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** True when nothing but spaces (of any kind) is left. */
    public static boolean isBlank(@Nullable String text) {
        return strip(text).isEmpty();
    }

    /** The stripped text, or null when it is blank: for optional fields. */
    public static @Nullable String orNull(@Nullable String text) {
        String s = strip(text);
        return s.isEmpty() ? null : s;
    }

    /**
     * The text on one line: line breaks and other control characters become spaces, so a mail
     * subject or a log line cannot be split or forged by what a user typed.
     */
    public static String oneLine(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\p{Cntrl}]", " ");
    }
}
