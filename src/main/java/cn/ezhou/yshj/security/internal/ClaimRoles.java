package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AppRoles;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which values of the identity provider's roles claim become portal roles: only those on
 * {@code portal.oidc.allowed-claim-roles} (default none). Administration and the office are granted
 * in the portal alone, so a configuration that lets the claim grant ADMIN or OFFICE stops the start.
 */
@Component
class ClaimRoles {

    static final Set<String> NEVER_FROM_CLAIM = Set.of(AppRoles.ADMIN, AppRoles.OFFICE);

    private final Set<String> allowed;

    ClaimRoles(@Value("${portal.oidc.allowed-claim-roles:}") List<String> allowed) {
        this.allowed = new TreeSet<>();
        for (String value : allowed) {
            String role = normalise(value);
            if (role.isEmpty()) {
                continue;
            }
            if (NEVER_FROM_CLAIM.contains(role)) {
                throw new IllegalStateException("portal.oidc.allowed-claim-roles must not contain " + role
                        + ": administrators and office staff are granted in the portal only, never by the identity provider");
            }
            if (!AppRoles.isKnown(role)) {
                throw new IllegalStateException("portal.oidc.allowed-claim-roles: unknown role '" + value
                        + "' (allowed: OBSERVER, ASSOCIATION, DEPARTMENT)");
            }
            this.allowed.add(role);
        }
    }

    /** The allowed portal roles among the claim's values; anything else is ignored. */
    Set<String> from(Object claim) {
        Set<String> roles = new TreeSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String role = normalise(String.valueOf(value));
                if (allowed.contains(role)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
    }
}
