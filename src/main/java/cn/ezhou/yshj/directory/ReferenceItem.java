package cn.ezhou.yshj.directory;

import java.util.Locale;

/** One entry of a reference list, e.g. the observer category 企业家. */
public record ReferenceItem(ReferenceList list, String code, String nameZh, String nameEn, int sort) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
