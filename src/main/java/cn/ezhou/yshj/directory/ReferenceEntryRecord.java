package cn.ezhou.yshj.directory;

/** An entry of a reference list as its keeper sees it: active or not, and whether it was changed on screen. */
public record ReferenceEntryRecord(long id, long version, ReferenceList list, String code, String nameZh, String nameEn,
                                   int sort, boolean active, boolean editedByAdmin) {
}
