package cn.ezhou.yshj.security;

import cn.ezhou.yshj.security.internal.AccountRoles;
import cn.ezhou.yshj.security.internal.ContactColumns;
import cn.ezhou.yshj.security.internal.InvitationRepository;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side lookups of who holds a role or works in a unit, for routing notices and scoping
 * data. Not a screen's data source: it carries no permission check of its own, and the services
 * that use it decide what a user may see.
 */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

    private static final int CHUNK = 500;

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final JdbcClient jdbc;

    AccountDirectory(UserAccountRepository accounts, InvitationRepository invitations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    /** The account that was activated with the invitation, if it has been. */
    public Optional<String> usernameForInvitation(String invitationCode) {
        return invitationCode == null ? Optional.empty()
                : Optional.ofNullable(usernamesForInvitations(List.of(invitationCode)).get(invitationCode));
    }

    /** Invitation code → account for the invitations among the codes that have been accepted. */
    public Map<String, String> usernamesForInvitations(Collection<String> invitationCodes) {
        List<String> codes = invitationCodes.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            for (Object[] row : invitations.acceptedByForCodes(codes.subList(i, Math.min(codes.size(), i + CHUNK)))) {
                result.put((String) row[0], (String) row[1]);
            }
        }
        return result;
    }

    /** The invitation the account was activated with, if it came from one. */
    public Optional<String> invitationCodeOf(String username) {
        return invitations.findFirstByAcceptedBy(username).map(i -> i.toSummary().code());
    }

    /** How to reach the account, read as values (callers ask inside their changes; see decision 0042). */
    public Optional<AccountContact> contact(String username) {
        return Optional.ofNullable(contacts(List.of(username == null ? "" : username)).get(username));
    }

    /** The contacts of the named accounts that exist, by username: one statement per 500 names, not one per name. */
    public Map<String, AccountContact> contacts(Collection<String> usernames) {
        List<String> names = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, AccountContact> result = new HashMap<>();
        for (int i = 0; i < names.size(); i += CHUNK) {
            for (ContactColumns c : accounts.contactsOf(names.subList(i, Math.min(names.size(), i + CHUNK)))) {
                result.put(c.username(), toContact(c));
            }
        }
        return result;
    }

    /**
     * The unit the account works in, or null (no such account, or none set). Department pages ask
     * on every call to scope their data, so this is one indexed single-column read, without a
     * transaction of its own (a lone statement is consistent by itself) and without loading the
     * account.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String orgUnitCode(String username) {
        return jdbc.sql("select org_unit_code from user_account where username = ?").param(username)
                .query(String.class).optional().orElse(null);
    }

    /** Enabled accounts holding the role. */
    public List<String> usernamesWithRole(String role) {
        return holding(accounts.enabledWithRole("%" + role + "%"), role);
    }

    /** Enabled accounts of one organisation unit holding the role, e.g. a department's handlers. */
    public List<String> usernamesInUnit(String orgUnitCode, String role) {
        return holding(accounts.enabledInUnit(orgUnitCode), role);
    }

    private static List<String> holding(List<AccountRoles> accounts, String role) {
        return accounts.stream().filter(a -> a.holds(role)).map(AccountRoles::username).toList();
    }

    private static AccountContact toContact(ContactColumns c) {
        Locale locale = c.preferredLocale() == null ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(c.preferredLocale());
        return new AccountContact(c.id(), c.username(), c.displayName(), c.email(), locale, c.orgUnitCode());
    }
}
