package cn.ezhou.yshj.security;

import java.time.Instant;
import java.util.Set;

/** A user account as shown to administrators and to the user. Never carries the password hash. */
public record AccountSummary(long id, long version, String username, String displayName, String email,
                             Set<String> roles, String orgUnitCode, boolean enabled, boolean locked,
                             boolean oidcBound, boolean hasPassword, Instant lastLoginAt) {
}
