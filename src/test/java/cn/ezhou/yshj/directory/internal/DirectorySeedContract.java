package cn.ezhou.yshj.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.directory.ReferenceList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/** The plan's reference data is loaded once, idempotently, and follows changes to the files. */
abstract class DirectorySeedContract {

    @Autowired
    DirectoryService directory;
    @Autowired
    DirectorySeedLoader loader;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    ReferenceEntryRepository entries;

    @Test
    void the_office_its_seven_groups_the_departments_and_the_districts_are_seeded() {
        assertThat(directory.children(null)).extracting(OrgUnitRecord::code).containsExactly("OFFICE", "CITY", "DISTRICTS");
        assertThat(directory.children("OFFICE")).hasSize(7).extracting(OrgUnitRecord::nameZh).contains("督考组", "宣传组");
        assertThat(directory.children("CITY")).hasSize(20).extracting(OrgUnitRecord::nameZh).contains("市发改委", "市市场监管局");
        assertThat(directory.activeUnits(OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE)).extracting(OrgUnitRecord::nameZh)
                .containsExactly("鄂城区", "华容区", "梁子湖区", "葛店开发区", "临空经济区");
        assertThat(directory.items(ReferenceList.OBSERVER_CATEGORY)).hasSize(6);
        assertThat(directory.items(ReferenceList.SUBMISSION_CHANNEL)).extracting(i -> i.nameZh()).contains("阳光信访平台", "鄂州日报");
        assertThat(directory.items(ReferenceList.ENVIRONMENT_DOMAIN)).hasSize(5);
    }

    @Test
    void a_second_load_adds_nothing() {
        long unitCount = units.count();
        long entryCount = entries.count();
        loader.run(null);
        assertThat(units.count()).isEqualTo(unitCount);
        assertThat(entries.count()).isEqualTo(entryCount);
    }

    @Test
    void a_changed_file_updates_its_rows_and_a_removed_line_is_deactivated(@TempDir Path dir) throws IOException {
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of("org-units.csv"));
        java.util.Arrays.stream(ReferenceList.values()).map(ReferenceList::seedFile).forEach(files::add);
        for (String file : files) {
            String text = new ClassPathResource("seeds/" + file).getContentAsString(StandardCharsets.UTF_8);
            if (file.equals("org-units.csv")) {
                text = text.replace("市发改委,Development and Reform Commission", "市发展和改革委员会,Development and Reform Commission")
                        .replaceAll("(?m)^YBJ,.*\\n", "");
            }
            Files.writeString(dir.resolve(file), text);
        }
        try {
            new DirectorySeedLoader(new SeedFiles(new DefaultResourceLoader(), dir.toUri().toString()), units, entries).run(null);
            assertThat(directory.orgUnit("FGW")).get().extracting(OrgUnitRecord::nameZh).isEqualTo("市发展和改革委员会");
            assertThat(directory.orgUnit("YBJ")).get().extracting(OrgUnitRecord::active).isEqualTo(false);
        } finally {
            loader.run(null);
        }
        assertThat(directory.orgUnit("FGW")).get().extracting(OrgUnitRecord::nameZh).isEqualTo("市发改委");
        assertThat(directory.orgUnit("YBJ")).get().extracting(OrgUnitRecord::active).isEqualTo(true);
    }
}
