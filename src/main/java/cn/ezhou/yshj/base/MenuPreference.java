package cn.ezhou.yshj.base;

import java.util.Set;

/** Where the logged-in user's folded menu sections are kept, so the menu stays as they left it. */
public interface MenuPreference {

    /** The names of the sections the user folded; none for a visitor. */
    Set<String> collapsedSections();

    /** Keeps the folded sections; a visitor's are not kept. */
    void saveCollapsedSections(Set<String> sections);
}
