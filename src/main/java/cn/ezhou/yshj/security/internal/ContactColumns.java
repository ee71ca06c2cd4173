package cn.ezhou.yshj.security.internal;

/**
 * What a notice needs of an account, read as values: notices are delivered in a transaction of
 * their own that also writes, where loaded accounts would be dirty-checked at each flush.
 */
public record ContactColumns(Long id, String username, String displayName, String email, String preferredLocale,
                             String orgUnitCode) {
}
