package cn.ezhou.yshj.security.internal;

/**
 * How to reach an account, read as values: contacts are asked for inside changes (a notice's
 * delivery, a submission), where loaded accounts would be dirty-checked at each later flush.
 */
public record ContactColumns(Long id, String username, String displayName, String email, String preferredLocale,
                             String orgUnitCode) {
}
