package cn.ezhou.yshj.security.internal;

/**
 * An account's name and roles as plain values: routing a notice reads these inside the
 * transaction of a change, where loaded accounts would be dirty-checked at each later flush.
 */
public record AccountRoles(String username, String roles) {

    public boolean holds(String role) {
        return RoleSet.split(roles).contains(role);
    }
}
