package cn.ezhou.yshj.engagement.ui;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Department names for one screen, read once (a city has a few dozen departments). */
final class DepartmentNames {

    private final List<OrgUnitRecord> departments;
    private final Map<String, OrgUnitRecord> byCode;
    private final Locale locale;

    DepartmentNames(DirectoryService directory, Locale locale) {
        this.locale = locale;
        this.departments = directory.activeUnits(OrgUnitKind.DEPARTMENT);
        this.byCode = departments.stream().collect(Collectors.toMap(OrgUnitRecord::code, Function.identity()));
    }

    String name(String code) {
        OrgUnitRecord u = byCode.get(code);
        return u == null ? code : u.name(locale);
    }

    List<String> codes() {
        return departments.stream().map(OrgUnitRecord::code).toList();
    }
}
