package cn.ezhou.yshj.notification;

import java.util.List;

/**
 * The kinds of notice a person chooses e-mail delivery for, read off the second segment of the
 * message key ({@code notice.submission.answered} is a {@link #SUBMISSION} notice). The one place
 * that maps keys to kinds; a test checks that every {@code notice.} key in the translations has a
 * named kind, so a new module's notices are not silently filed under {@link #OTHER}.
 */
public enum NoticeKind {
    SUBMISSION("submission"),
    CONSULTATION("consultation"),
    POLICY("policy"),
    OBSERVER("observer"),
    ROUND("round"),
    BRIEFING("briefing"),
    ACTIVITY("activity"),
    CALENDAR("calendar"),
    /** A key without a named kind. */
    OTHER();

    private static final String PREFIX = "notice.";

    private final List<String> segments;

    NoticeKind(String... segments) {
        this.segments = List.of(segments);
    }

    /** The kind of a message key; {@link #OTHER} for a key of no named kind (or none at all). */
    public static NoticeKind of(String messageKey) {
        if (messageKey == null || !messageKey.startsWith(PREFIX)) {
            return OTHER;
        }
        int end = messageKey.indexOf('.', PREFIX.length());
        String segment = messageKey.substring(PREFIX.length(), end < 0 ? messageKey.length() : end);
        for (NoticeKind kind : values()) {
            if (kind.segments.contains(segment)) {
                return kind;
            }
        }
        return OTHER;
    }

    /** The translation key of the kind's name. */
    public String labelKey() {
        return "notification.kind." + name();
    }
}
