package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.opendata.api.model.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of units, industry tags and domains for one response, read once. A unit no longer active
 * is looked up by its code; a code that names nothing keeps a null name rather than failing.
 */
public final class NameBook {

    private final DirectoryService directory;
    private final Map<String, Named> units = new HashMap<>();
    private final Map<String, ReferenceItem> tags;
    private final Map<String, ReferenceItem> domains;

    NameBook(DirectoryService directory) {
        this.directory = directory;
        directory.activeUnits(OrgUnitKind.OFFICE, OrgUnitKind.values()).forEach(u -> units.put(u.code(), named(u)));
        this.tags = byCode(directory.allItems(ReferenceList.INDUSTRY_TAG));
        this.domains = byCode(directory.allItems(ReferenceList.ENVIRONMENT_DOMAIN));
    }

    public Named unit(String code) {
        if (code == null) {
            return null;
        }
        return units.computeIfAbsent(code, c -> directory.orgUnit(c).map(NameBook::named)
                .orElse(new Named(c, null, null)));
    }

    /** The tags sorted by code, so that a list reads the same every time. */
    public List<Named> tags(Collection<String> codes) {
        return codes.stream().sorted().map(c -> named(c, tags)).toList();
    }

    public Named domain(String code) {
        return code == null ? null : named(code, domains);
    }

    private static Named named(OrgUnitRecord u) {
        return new Named(u.code(), u.nameZh(), blankToNull(u.nameEn()));
    }

    private static Named named(String code, Map<String, ReferenceItem> items) {
        ReferenceItem item = items.get(code);
        return item == null ? new Named(code, null, null) : new Named(code, item.nameZh(), blankToNull(item.nameEn()));
    }

    private static Map<String, ReferenceItem> byCode(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, Function.identity(), (a, b) -> a));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
