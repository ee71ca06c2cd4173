package cn.ezhou.yshj.security.internal;

import java.util.Locale;

/** What a username may be: it must fit {@code user_account.username} (varchar(64)), so it is checked before any query. */
public final class UsernameRule {

    public static final int MAX_LENGTH = 64;
    private static final String PATTERN = "[a-z0-9._-]{3," + MAX_LENGTH + "}";

    private UsernameRule() {
    }

    /** The form a username is stored in: stripped and lower-case. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a name typed at log-in could be an account's at all; older accounts may predate the pattern. */
    public static boolean fits(String normalised) {
        return normalised != null && !normalised.isEmpty() && normalised.length() <= MAX_LENGTH;
    }

    /** The pattern a new username must match. */
    public static boolean isValid(String normalised) {
        return normalised != null && normalised.matches(PATTERN);
    }

    /** A name as typed at log-in, cut to the audit column's width; only for the record, never for a look-up. */
    public static String forRecord(String typed) {
        String name = String.valueOf(typed);
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1) + "…";
    }
}
