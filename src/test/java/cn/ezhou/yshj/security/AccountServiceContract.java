package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Invitations, activation and administration of accounts; run on H2 and on MariaDB. */
abstract class AccountServiceContract {

    @Autowired
    AccountService accounts;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_invited_person_activates_an_account_with_a_password() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("张三", "zhang@example.cn", Set.of("DEPARTMENT"), "FGW"));
        assertThat(accounts.openInvitation(invitation.code())).isPresent();
        String username = unique("zhang");
        AccountSummary account = accounts.acceptWithPassword(invitation.code(), username, "a-long-password-1");
        assertThat(account.roles()).containsExactly("DEPARTMENT");
        assertThat(account.orgUnitCode()).isEqualTo("FGW");
        assertThat(account.hasPassword()).isTrue();
        assertThat(accounts.openInvitation(invitation.code())).as("used once only").isEmpty();
        assertThatThrownBy(() -> accounts.acceptWithPassword(invitation.code(), unique("again"), "a-long-password-1"))
                .isInstanceOf(Refusal.class).hasMessage("account.error.invitationClosed");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_short_password_or_taken_username_is_refused_and_the_invitation_stays_open() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("李四", null, Set.of("OBSERVER"), null));
        assertThatThrownBy(() -> accounts.acceptWithPassword(invitation.code(), unique("li"), "short-11ch"))
                .isInstanceOf(Refusal.class).hasMessage("account.error.passwordTooShort");
        assertThatThrownBy(() -> accounts.acceptWithPassword(invitation.code(), "admin", "a-long-password-1"))
                .isInstanceOf(Refusal.class).hasMessage("account.error.usernameTaken");
        assertThatThrownBy(() -> accounts.acceptWithPassword(invitation.code(), "Bad Name!", "a-long-password-1"))
                .isInstanceOf(Refusal.class).hasMessage("account.error.usernameFormat");
        assertThat(accounts.openInvitation(invitation.code())).isPresent();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_invitation_without_name_or_roles_or_with_a_bad_email_is_refused() {
        assertThatThrownBy(() -> accounts.invite(new InviteCommand(" ", null, Set.of("OBSERVER"), null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("account.error.nameRequired");
        assertThatThrownBy(() -> accounts.invite(new InviteCommand("王五", null, Set.of(), null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("account.error.rolesRequired");
        assertThatThrownBy(() -> accounts.invite(new InviteCommand("王五", "not-an-email", Set.of("OBSERVER"), null)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("account.error.emailFormat");
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_office_invites_only_observers_and_liaisons_and_never_sees_the_invitation_list() {
        assertThat(accounts.inviteObserverOrLiaison(new InviteCommand("观察员甲", null, Set.of("OBSERVER"), "FGW")))
                .satisfies(i -> assertThat(i.roles()).containsExactly("OBSERVER"))
                .satisfies(i -> assertThat(i.orgUnitCode()).as("no unit through the office").isNull());
        assertThat(accounts.inviteObserverOrLiaison(new InviteCommand("联络员乙", null, Set.of("ASSOCIATION"), null)).roles())
                .containsExactly("ASSOCIATION");
        for (String role : Set.of("ADMIN", "OFFICE", "DEPARTMENT")) {
            assertThatThrownBy(() -> accounts.inviteObserverOrLiaison(new InviteCommand("甲", null, Set.of(role), null)))
                    .isInstanceOf(Refusal.class).hasMessage("account.error.roleNotYours");
        }
        assertThatThrownBy(() -> accounts.invite(new InviteCommand("甲", null, Set.of("OBSERVER"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.invitations(PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.revokeInvitation("any-code"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_administrator_lists_and_revokes_invitations() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("待撤销", null, Set.of("OFFICE"), null));
        assertThat(accounts.invitations(PageRequest.of(0, 10)).getContent()).extracting(InvitationSummary::code)
                .contains(invitation.code());
        accounts.revokeInvitation(invitation.code());
        assertThat(accounts.openInvitation(invitation.code())).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_username_longer_than_64_characters_is_refused_with_a_message_and_the_invitation_stays_open() {
        InvitationSummary invitation = accounts.invite(new InviteCommand("长名", null, Set.of("OBSERVER"), null));
        assertThatThrownBy(() -> accounts.acceptWithPassword(invitation.code(), "a".repeat(65), "a-long-password-1"))
                .isInstanceOf(Refusal.class).hasMessage("account.error.usernameFormat");
        assertThat(accounts.acceptWithPassword(invitation.code(), unique("b".repeat(56)), "a-long-password-1")
                .username()).hasSize(64);
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_can_neither_invite_nor_list_accounts() {
        assertThatThrownBy(() -> accounts.invite(new InviteCommand("甲", null, Set.of("OBSERVER"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.inviteObserverOrLiaison(new InviteCommand("甲", null, Set.of("OBSERVER"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.accounts(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_stale_edit_is_refused_instead_of_overwriting() {
        AccountSummary dept = accounts.accounts("dept", PageRequest.of(0, 10)).getContent().stream()
                .filter(a -> a.username().equals("dept")).findFirst().orElseThrow();
        AccountSummary saved = accounts.update(new AccountUpdate(dept.id(), dept.version(), dept.roles(), "KJJ", true));
        assertThat(saved.version()).isGreaterThan(dept.version());
        assertThatThrownBy(() -> accounts.update(new AccountUpdate(dept.id(), dept.version(), Set.of("OFFICE"), null, true)))
                .isInstanceOf(Refusal.class).hasMessage("error.concurrentEdit");
        accounts.update(new AccountUpdate(saved.id(), saved.version(), saved.roles(), "FGW", true));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_admin_cannot_remove_their_own_admin_role() {
        AccountSummary admin = accounts.current().orElseThrow();
        assertThatThrownBy(() -> accounts.update(new AccountUpdate(admin.id(), admin.version(), Set.of("OFFICE"), null, true)))
                .isInstanceOf(Refusal.class).hasMessage("account.error.cannotDemoteSelf");
    }

    @Test
    void an_unknown_invitation_code_is_not_open() {
        assertThat(accounts.openInvitation("no-such-code")).isEmpty();
    }
}
