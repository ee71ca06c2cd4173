package cn.ezhou.yshj.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalTest;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@PortalTest
class AssociationServiceTest {

    private static final Random RANDOM = new Random();

    @Autowired AssociationService associations;
    @Autowired AccountService accounts;
    @Autowired UserAccountRepository accountRepository;
    @Autowired SecurityContextHolderStrategy security;
    Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(security, accountRepository).ensure("a-office", "OFFICE", "OFFICE")
                .ensure("a-dept", "FGW", "DEPARTMENT").ensure("a-liaison", null, "ASSOCIATION");
        actors.as("a-office", "OFFICE");
    }

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    static String code() {
        String first = "51" + String.format("%015d", Math.abs(RANDOM.nextLong()) % 1_000_000_000_000_000L);
        return first + CreditCode.checkCharacter(first);
    }

    AssociationCommand command(String name, String code) {
        return new AssociationCommand(null, 0, name, AssociationKind.CHAMBER, code, Set.of("STEEL"), 25);
    }

    @Test
    void the_office_registers_an_association_and_finds_it_by_tag() {
        String name = "钢铁商会" + RANDOM.nextInt(100_000);
        AssociationRecord saved = associations.save(command(name, code().toLowerCase()));
        assertThat(saved.creditCode()).isEqualTo(saved.creditCode().toUpperCase());
        assertThat(associations.search(name, "STEEL", PageRequest.of(0, 10))).extracting(AssociationRecord::id)
                .containsExactly(saved.id());
        assertThat(associations.search(name, "FINANCE", PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void a_bad_or_taken_credit_code_an_unknown_tag_and_a_stale_version_are_refused() {
        String code = code();
        assertThatThrownBy(() -> associations.save(command("坏代码商会", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"))))
                .isInstanceOf(Refusal.class).hasMessage("validation.creditCode");
        AssociationRecord first = associations.save(command("先登记商会" + RANDOM.nextInt(100_000), code));
        assertThatThrownBy(() -> associations.save(command("后登记商会" + RANDOM.nextInt(100_000), code)))
                .isInstanceOf(Refusal.class).hasMessage("association.error.creditCodeTaken");
        assertThatThrownBy(() -> associations.save(new AssociationCommand(null, 0, "标签商会", AssociationKind.CHAMBER, code(),
                Set.of("NO_SUCH_TAG"), 1))).isInstanceOf(Refusal.class).hasMessage("association.error.unknownTag");
        associations.save(new AssociationCommand(first.id(), first.version(), first.name(), first.kind(), code, Set.of("STEEL"), 30));
        assertThatThrownBy(() -> associations.save(new AssociationCommand(first.id(), first.version(), first.name(), first.kind(),
                code, Set.of("STEEL"), 31))).isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
    }

    @Test
    void a_department_cannot_keep_the_register() {
        actors.as("a-dept", "DEPARTMENT");
        assertThatThrownBy(() -> associations.save(command("部门商会", code()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> associations.search(null, null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_invited_liaison_speaks_for_the_association_once_the_invitation_is_accepted() {
        AssociationRecord a = associations.save(command("邀请商会" + RANDOM.nextInt(100_000), code()));
        InvitationSummary invitation = associations.inviteLiaison(a.id(), "新联络员", null);
        assertThat(invitation.roles()).containsExactly("ASSOCIATION");
        String username = "liaison" + RANDOM.nextInt(1_000_000);
        actors.anonymous();
        accounts.acceptWithPassword(invitation.code(), username, "Liaison#2026pass");
        actors.as(username, "ASSOCIATION");
        assertThat(associations.mine()).map(Membership::associationId).contains(a.id());
        actors.as("a-office", "OFFICE");
        assertThat(associations.get(a.id()).liaisons()).singleElement().satisfies(l -> assertThat(l.username()).isEqualTo(username));
        assertThatThrownBy(() -> associations.bindLiaison(a.id(), "a-dept")).isInstanceOf(Refusal.class)
                .hasMessage("association.error.notAssociationAccount");
    }
}
