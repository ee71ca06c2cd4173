package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AppRoles;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Roles are stored as one sorted, comma-separated column: a handful of values, always read together. */
final class RoleSet {

    private RoleSet() {
    }

    static String join(Set<String> roles) {
        for (String role : roles) {
            if (!AppRoles.isKnown(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
        return String.join(",", new TreeSet<>(roles));
    }

    static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(AppRoles::isKnown)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
