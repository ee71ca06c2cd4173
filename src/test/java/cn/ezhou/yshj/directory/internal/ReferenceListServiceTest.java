package cn.ezhou.yshj.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.association.AssociationCommand;
import cn.ezhou.yshj.association.AssociationKind;
import cn.ezhou.yshj.association.AssociationRecord;
import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceEntryCommand;
import cn.ezhou.yshj.directory.ReferenceEntryRecord;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.directory.ReferenceListService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import jakarta.validation.ConstraintViolationException;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Administrators keep the industry tags; the seed file no longer touches what they changed. */
@PortalTest
class ReferenceListServiceTest {

    private static final Random RANDOM = new Random();

    @Autowired ReferenceListService lists;
    @Autowired DirectoryService directory;
    @Autowired AssociationService associations;
    @Autowired DirectorySeedLoader loader;
    @Autowired UserAccountRepository accountRepository;
    @Autowired SecurityContextHolderStrategy security;
    Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(security, accountRepository).ensure("t-admin", null, "ADMIN")
                .ensure("t-office", "OFFICE", "OFFICE").ensure("t-observer", null, "OBSERVER");
        actors.as("t-admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    private static String newCode() {
        return "TAG_" + Math.abs(RANDOM.nextInt(1_000_000));
    }

    private ReferenceEntryRecord create(String code, String nameZh) {
        return lists.save(new ReferenceEntryCommand(null, 0, ReferenceList.INDUSTRY_TAG, code, nameZh, "New energy", 50, true));
    }

    private static ReferenceEntryCommand change(ReferenceEntryRecord t, String nameZh, boolean active) {
        return new ReferenceEntryCommand(t.id(), t.version(), t.list(), t.code(), nameZh, t.nameEn(), t.sort(), active);
    }

    private static String creditCode() {
        String first = "51" + String.format("%015d", Math.abs(RANDOM.nextLong()) % 1_000_000_000_000_000L);
        return first + CreditCode.checkCharacter(first);
    }

    @Test
    void a_new_tag_is_offered_at_once_and_survives_a_restart_of_the_seed_loader() {
        String code = newCode();
        ReferenceEntryRecord tag = create(code, "新能源");
        assertThat(directory.items(ReferenceList.INDUSTRY_TAG)).extracting(ReferenceItem::code).contains(code);

        loader.run(null);

        assertThat(directory.items(ReferenceList.INDUSTRY_TAG)).extracting(ReferenceItem::code).contains(code);
        assertThat(lists.entries(ReferenceList.INDUSTRY_TAG)).filteredOn(t -> t.code().equals(code))
                .singleElement().satisfies(t -> {
                    assertThat(t.nameZh()).isEqualTo("新能源");
                    assertThat(t.editedByAdmin()).isTrue();
                    assertThat(t.id()).isEqualTo(tag.id());
                });
    }

    @Test
    void a_renamed_seeded_tag_keeps_the_administrators_name_after_the_seed_loader_runs() {
        ReferenceEntryRecord steel = lists.entries(ReferenceList.INDUSTRY_TAG).stream()
                .filter(t -> t.code().equals("STEEL")).findFirst().orElseThrow();
        ReferenceEntryRecord renamed = lists.save(change(steel, steel.nameZh() + "（含铸造）", true));
        try {
            loader.run(null);
            assertThat(directory.items(ReferenceList.INDUSTRY_TAG)).filteredOn(i -> i.code().equals("STEEL"))
                    .singleElement().extracting(ReferenceItem::nameZh).isEqualTo(steel.nameZh() + "（含铸造）");
        } finally {
            lists.save(change(lists.entries(ReferenceList.INDUSTRY_TAG).stream()
                    .filter(t -> t.id() == renamed.id()).findFirst().orElseThrow(), steel.nameZh(), true));
        }
    }

    @Test
    void a_deactivated_tag_is_no_longer_offered_but_stays_on_the_association_that_has_it() {
        String code = newCode();
        ReferenceEntryRecord tag = create(code, "氢能");
        actors.as("t-office", "OFFICE");
        AssociationRecord chamber = associations.save(new AssociationCommand(null, 0, "氢能商会" + RANDOM.nextInt(100_000),
                AssociationKind.CHAMBER, creditCode(), Set.of(code), 12));
        actors.as("t-admin", "ADMIN");
        lists.save(change(tag, "氢能", false));

        assertThat(directory.items(ReferenceList.INDUSTRY_TAG)).extracting(ReferenceItem::code).doesNotContain(code);
        assertThat(directory.allItems(ReferenceList.INDUSTRY_TAG)).extracting(ReferenceItem::code).contains(code);

        actors.as("t-office", "OFFICE");
        AssociationRecord kept = associations.save(new AssociationCommand(chamber.id(), chamber.version(), chamber.name(),
                chamber.kind(), chamber.creditCode(), Set.of(code, "STEEL"), 13));
        assertThat(kept.tags()).containsExactlyInAnyOrder(code, "STEEL");
        assertThatThrownBy(() -> associations.save(new AssociationCommand(null, 0, "另一商会" + RANDOM.nextInt(100_000),
                AssociationKind.CHAMBER, creditCode(), Set.of(code), 5)))
                .isInstanceOf(Refusal.class).hasMessage("association.error.unknownTag");
    }

    @Test
    void bad_input_is_refused_and_changes_nothing() {
        int before = lists.entries(ReferenceList.INDUSTRY_TAG).size();
        assertThatThrownBy(() -> create("new-energy", "新能源")).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("reference.error.codeFormat");
        assertThatThrownBy(() -> create(newCode(), " ")).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("directory.error.nameRequired");
        assertThatThrownBy(() -> create(newCode(), "新".repeat(101))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> create("STEEL", "钢铁二")).isInstanceOf(Refusal.class)
                .hasMessage("directory.error.codeTaken");
        assertThatThrownBy(() -> lists.save(new ReferenceEntryCommand(null, 0, ReferenceList.ENVIRONMENT_DOMAIN,
                "NEW_DOMAIN", "新环境", "", 9, true))).isInstanceOf(Refusal.class).hasMessage("reference.error.fixedList");
        assertThat(lists.entries(ReferenceList.INDUSTRY_TAG)).hasSize(before);
    }

    @Test
    void a_stale_version_is_refused() {
        ReferenceEntryRecord tag = create(newCode(), "数字经济");
        lists.save(change(tag, "数字经济（含平台）", true));
        assertThatThrownBy(() -> lists.save(change(tag, "数字产业", true))).isInstanceOf(Refusal.class)
                .hasMessage("error.concurrentEdit");
    }

    @Test
    void only_administrators_change_tags_and_the_office_may_read_them() {
        actors.as("t-office", "OFFICE");
        assertThat(lists.entries(ReferenceList.INDUSTRY_TAG)).isNotEmpty();
        assertThatThrownBy(() -> create(newCode(), "文旅")).isInstanceOf(AccessDeniedException.class);
        actors.as("t-observer", "OBSERVER");
        assertThatThrownBy(() -> lists.entries(ReferenceList.INDUSTRY_TAG)).isInstanceOf(AccessDeniedException.class);
    }
}
