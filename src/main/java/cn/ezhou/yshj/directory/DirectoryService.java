package cn.ezhou.yshj.directory;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.internal.OrgUnit;
import cn.ezhou.yshj.directory.internal.OrgUnitRepository;
import cn.ezhou.yshj.directory.internal.ReferenceEntry;
import cn.ezhou.yshj.directory.internal.ReferenceEntryRepository;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation tree and the reference lists. Reading is open to everyone (the public pages
 * offer districts and categories); changing the tree is for administrators.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DirectoryService {

    private final OrgUnitRepository units;
    private final ReferenceEntryRepository entries;
    private final AuditService audit;

    DirectoryService(OrgUnitRepository units, ReferenceEntryRepository entries, AuditService audit) {
        this.units = units;
        this.entries = entries;
        this.audit = audit;
    }

    /** The children of a unit, or the roots of the tree when {@code parentCode} is null. */
    public List<OrgUnitRecord> children(String parentCode) {
        List<OrgUnit> found = parentCode == null
                ? units.findByParentCodeIsNullOrderBySortAscCodeAsc()
                : units.findByParentCodeOrderBySortAscCodeAsc(parentCode);
        Set<String> parents = new HashSet<>(units.parentsAmong(found.stream().map(OrgUnit::getCode).toList()));
        return found.stream().map(u -> toRecord(u, parents.contains(u.getCode()))).toList();
    }

    public Optional<OrgUnitRecord> orgUnit(String code) {
        return units.recordOf(code);
    }

    /** Active units of the given kinds, in tree order; small by nature (a city has a few dozen units). */
    public List<OrgUnitRecord> activeUnits(OrgUnitKind first, OrgUnitKind... rest) {
        return units.findByKindInAndActiveTrueOrderBySortAscCodeAsc(EnumSet.of(first, rest)).stream()
                .map(u -> toRecord(u, false)).toList();
    }

    public List<ReferenceItem> items(ReferenceList list) {
        return entries.activeItems(list);
    }

    /** Every entry, deactivated ones too: for naming codes that items and associations still carry. */
    public List<ReferenceItem> allItems(ReferenceList list) {
        return entries.findByListOrderBySortAscCodeAsc(list).stream().map(ReferenceEntry::toItem).toList();
    }

    /** Creates or changes a unit. A stale version is refused, so two administrators never overwrite each other. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrgUnitRecord save(@Valid OrgUnitCommand command) {
        String parent = UserText.orNull(command.parentCode());
        if (parent != null && units.findByCode(parent).isEmpty()) {
            throw new Refusal("directory.error.parentUnknown", parent);
        }
        OrgUnit unit;
        if (command.id() == null) {
            if (units.findByCode(command.code()).isPresent()) {
                throw new Refusal("directory.error.codeTaken", command.code());
            }
            unit = new OrgUnit(command.code());
        } else {
            unit = units.findById(command.id()).orElseThrow(() -> new Refusal("directory.error.unknownUnit"));
            if (unit.getVersion() != command.version()) {
                throw new Refusal("error.concurrentEdit");
            }
            if (createsCycle(unit.getCode(), parent)) {
                throw new Refusal("directory.error.cycle");
            }
        }
        unit.editByAdmin(parent, command.kind(), UserText.strip(command.nameZh()),
                command.nameEn() == null ? null : UserText.strip(command.nameEn()), command.sort(), command.active());
        OrgUnit saved = units.saveAndFlush(unit);
        audit.record(command.id() == null ? "ORG_UNIT_CREATE" : "ORG_UNIT_UPDATE", "OrgUnit", saved.getCode(),
                AuditService.SUCCESS, saved.getNameZh());
        return toRecord(saved, units.countByParentCode(saved.getCode()) > 0);
    }

    private boolean createsCycle(String code, String parent) {
        for (String p = parent; p != null; p = units.findByCode(p).map(OrgUnit::getParentCode).orElse(null)) {
            if (p.equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static OrgUnitRecord toRecord(OrgUnit u, boolean hasChildren) {
        return new OrgUnitRecord(u.getId(), u.getVersion(), u.getCode(), u.getParentCode(), u.getKind(),
                u.getNameZh(), u.getNameEn(), u.getSort(), u.isActive(), hasChildren);
    }
}
