package cn.ezhou.yshj.workbench.ui;

import static cn.ezhou.yshj.base.ui.QueryFilters.link;

import cn.ezhou.yshj.base.ui.QueryFilters;

/** The filtered lists the tiles open, by the address parameters each list reads. */
final class Links {

    private Links() {
    }

    static String officeInbox(String state) {
        return link("office/inbox", "state", state);
    }

    static String supervision(String light) {
        return link("office/supervision", "light", light);
    }

    static String departmentTask(String task) {
        return link("department/inbox", "task", task);
    }

    static String mine(String state) {
        return link("submissions", "state", state);
    }

    static String consultations(String phase) {
        return link("consultations", "phase", phase);
    }

    /** A list narrowed by its yes/no filter, e.g. {@code briefings?only=unread}. */
    static String only(String path, String what) {
        return link(path, QueryFilters.ONLY, what);
    }
}
