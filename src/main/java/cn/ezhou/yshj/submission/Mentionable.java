package cn.ezhou.yshj.submission;

/**
 * A colleague who may read an item and so may be mentioned in its notes. {@code handle} is what to
 * write after the @: the display name, or the username where two of them share the display name.
 */
public record Mentionable(String username, String displayName, String unitCode, String handle) {
}
