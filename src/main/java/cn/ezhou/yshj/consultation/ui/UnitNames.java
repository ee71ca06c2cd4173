package cn.ezhou.yshj.consultation.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Unit and industry-tag names for one screen, read once. */
final class UnitNames {

    private final Map<String, OrgUnitRecord> units;
    private final Map<String, ReferenceItem> tags;
    private final Locale locale;

    UnitNames(DirectoryService directory, Locale locale) {
        this.locale = locale;
        this.units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE,
                OrgUnitKind.OFFICE).stream().collect(Collectors.toMap(OrgUnitRecord::code, Function.identity()));
        this.tags = directory.allItems(ReferenceList.INDUSTRY_TAG).stream()
                .collect(Collectors.toMap(ReferenceItem::code, Function.identity()));
    }

    String unit(String code) {
        OrgUnitRecord u = code == null ? null : units.get(code);
        return u == null ? (code == null ? "" : code) : u.name(locale);
    }

    String tags(Collection<String> codes) {
        return codes.stream().sorted().map(c -> tags.containsKey(c) ? tags.get(c).name(locale) : c)
                .collect(Collectors.joining("、"));
    }
}
