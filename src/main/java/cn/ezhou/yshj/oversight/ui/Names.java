package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Unit names for one screen, read once; a figure shows the code of a unit no longer active. */
final class Names {

    private final Map<String, OrgUnitRecord> units;
    private final Locale locale;

    Names(DirectoryService directory, Locale locale) {
        this.locale = locale;
        this.units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE,
                OrgUnitKind.OFFICE).stream().collect(Collectors.toMap(OrgUnitRecord::code, Function.identity()));
    }

    String unit(String code) {
        OrgUnitRecord u = code == null ? null : units.get(code);
        return u == null ? (code == null ? "" : code) : u.name(locale);
    }

    static List<OrgUnitRecord> districts(DirectoryService directory) {
        return directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE);
    }
}
