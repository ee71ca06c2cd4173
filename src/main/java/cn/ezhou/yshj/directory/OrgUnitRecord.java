package cn.ezhou.yshj.directory;

import java.util.Locale;

/** An organisational unit as the rest of the portal sees it. */
public record OrgUnitRecord(long id, long version, String code, String parentCode, OrgUnitKind kind,
                            String nameZh, String nameEn, int sort, boolean active, boolean hasChildren) {

    /** The name in the user's language; Chinese when no English name is kept. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
