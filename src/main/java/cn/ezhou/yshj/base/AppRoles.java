package cn.ezhou.yshj.base;

import java.util.List;

/** The portal's roles. A user may hold several. Spring authorities carry the {@code ROLE_} prefix. */
public final class AppRoles {

    public static final String OBSERVER = "OBSERVER";
    public static final String ASSOCIATION = "ASSOCIATION";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String OFFICE = "OFFICE";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(OBSERVER, ASSOCIATION, DEPARTMENT, OFFICE, ADMIN);

    private AppRoles() {
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
