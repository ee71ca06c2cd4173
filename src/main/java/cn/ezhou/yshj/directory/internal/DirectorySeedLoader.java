package cn.ezhou.yshj.directory.internal;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.base.seed.SeedRow;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.ReferenceList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the organisation tree and the reference lists at start-up. Idempotent: a second start adds
 * nothing, a changed line updates its row, a removed line deactivates it. Units and list entries an
 * administrator created or edited are left as the administrator left them.
 */
@Component
@Order(10)
class DirectorySeedLoader implements ApplicationRunner {

    static final String ORG_UNITS = "org-units.csv";
    private static final Logger log = LoggerFactory.getLogger(DirectorySeedLoader.class);

    private final SeedFiles seeds;
    private final OrgUnitRepository units;
    private final ReferenceEntryRepository entries;

    DirectorySeedLoader(SeedFiles seeds, OrgUnitRepository units, ReferenceEntryRepository entries) {
        this.seeds = seeds;
        this.units = units;
        this.entries = entries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        loadOrgUnits();
        for (ReferenceList list : ReferenceList.values()) {
            loadList(list);
        }
    }

    private void loadOrgUnits() {
        List<SeedRow> rows = seeds.read(ORG_UNITS, 6);
        Set<String> codes = new HashSet<>();
        for (SeedRow row : rows) {
            if (!codes.add(row.text(0))) {
                throw row.fail("the code " + row.text(0) + " is listed twice");
            }
        }
        int changed = 0;
        for (SeedRow row : rows) {
            String parent = row.optionalText(1).isEmpty() ? null : row.optionalText(1);
            if (parent != null && !codes.contains(parent)) {
                throw row.fail("the parent " + parent + " is not listed in the file");
            }
            OrgUnit unit = units.findByCode(row.text(0)).orElseGet(() -> new OrgUnit(row.text(0)));
            if (unit.applySeed(parent, row.choice(2, OrgUnitKind.class), row.text(3), row.text(4), row.number(5))) {
                units.save(unit);
                changed++;
            }
        }
        for (OrgUnit unit : units.findByFromSeedTrueAndEditedByAdminFalse()) {
            if (!codes.contains(unit.getCode()) && unit.isActive()) {
                unit.deactivate();
                units.save(unit);
                changed++;
            }
        }
        log.info("Organisation units: {} in the seed file, {} changed", rows.size(), changed);
    }

    private void loadList(ReferenceList list) {
        List<SeedRow> rows = seeds.read(list.seedFile(), 4);
        Set<String> codes = new HashSet<>();
        int changed = 0;
        for (SeedRow row : rows) {
            String code = row.text(0);
            if (!codes.add(code)) {
                throw row.fail("the code " + code + " is listed twice");
            }
            ReferenceEntry entry = entries.findByListAndCode(list, code).orElseGet(() -> new ReferenceEntry(list, code));
            if (!entry.isEditedByAdmin() && entry.apply(row.text(1), row.text(2), row.number(3))) {
                entries.save(entry);
                changed++;
            }
        }
        for (ReferenceEntry entry : entries.findByList(list)) {
            if (!codes.contains(entry.getCode()) && !entry.isEditedByAdmin() && entry.deactivate()) {
                entries.save(entry);
                changed++;
            }
        }
        log.info("Reference list {}: {} entries, {} changed", list, rows.size(), changed);
    }
}
