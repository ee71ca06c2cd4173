package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.internal.Invitation;
import cn.ezhou.yshj.security.internal.InvitationRepository;
import cn.ezhou.yshj.security.internal.PasswordPolicy;
import cn.ezhou.yshj.security.internal.UserAccount;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.security.internal.UsernameRule;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Accounts and invitations. Every change is audited; a stale version is refused, never overwritten. */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> OFFICE_INVITES = Set.of(AppRoles.OBSERVER, AppRoles.ASSOCIATION);

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;

    AccountService(UserAccountRepository accounts, InvitationRepository invitations, PasswordEncoder encoder,
                   AuditService audit, Clock clock, CurrentUser currentUser, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.invitations = invitations;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountSummary> accounts(String filter, Pageable pageable) {
        String like = filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return accounts.search(like, sorted).map(a -> a.toSummary(clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<AccountSummary> current() {
        return accounts.findByUsername(currentUsername()).map(a -> a.toSummary(clock.instant()));
    }

    /**
     * Creates an invitation with any roles. The invitation list is the administrator's: an open
     * invitation's code activates an account, so only ADMIN creates, lists and revokes them.
     */
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    @Transactional
    public InvitationSummary invite(@Valid InviteCommand command) {
        for (String role : command.roles()) {
            if (!AppRoles.isKnown(role)) {
                throw new Refusal("account.error.unknownRole", role);
            }
        }
        return create(command);
    }

    /**
     * The invitation the office issues as part of its own work — an appointed observer, a new
     * association liaison — with that one role and no unit; it never sees the invitation list.
     */
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.OFFICE + "')")
    @Transactional
    public InvitationSummary inviteObserverOrLiaison(@Valid InviteCommand command) {
        for (String role : command.roles()) {
            if (!OFFICE_INVITES.contains(role)) {
                audit.recordRefused("INVITATION_CREATE", "Invitation", null, "role " + role);
                throw new Refusal("account.error.roleNotYours", role);
            }
        }
        return create(new InviteCommand(command.displayName(), command.email(), command.roles(), null));
    }

    private InvitationSummary create(InviteCommand command) {
        String email = UserText.orNull(command.email());
        Invitation invitation = invitations.save(new Invitation(newCode(), UserText.strip(command.displayName()), email,
                command.roles(), blankToNull(command.orgUnitCode()), clock.instant().plus(INVITATION_VALIDITY),
                currentUsername(), clock.instant()));
        audit.record("INVITATION_CREATE", "Invitation", invitation.getId(), AuditService.SUCCESS,
                command.displayName() + " " + command.roles());
        return invitation.toSummary();
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Page<InvitationSummary> invitations(Pageable pageable) {
        return invitations.findAllByOrderByIdDesc(pageable).map(Invitation::toSummary);
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    @Transactional
    public void revokeInvitation(String code) {
        Invitation invitation = invitations.findByCode(code).orElseThrow(() -> new Refusal("account.error.invitationUnknown"));
        if (!invitation.isOpen(clock.instant())) {
            throw new Refusal("account.error.invitationClosed");
        }
        invitation.revoke();
        audit.record("INVITATION_REVOKE", "Invitation", invitation.getId(), AuditService.SUCCESS, null);
    }

    /** An invitation that can still be accepted; empty for an unknown, used, revoked or expired code. */
    public Optional<InvitationSummary> openInvitation(String code) {
        return invitations.findByCode(code).filter(i -> i.isOpen(clock.instant())).map(Invitation::toSummary);
    }

    /** Accepts an invitation by choosing a username and a local password. */
    @Transactional
    public AccountSummary acceptWithPassword(String code, String username, String password) {
        Invitation invitation = invitations.findByCode(code).filter(i -> i.isOpen(clock.instant()))
                .orElseThrow(() -> new Refusal("account.error.invitationClosed"));
        String name = UsernameRule.normalise(username);
        if (!UsernameRule.isValid(name)) {
            throw new Refusal("account.error.usernameFormat");
        }
        if (accounts.existsByUsername(name)) {
            throw new Refusal("account.error.usernameTaken");
        }
        PasswordPolicy.check(name, password);
        UserAccount account = invitation.accept(name, clock.instant());
        account.setPasswordHash(encoder.encode(password));
        UserAccount saved = accounts.save(account);
        audit.recordFor(name, String.join(",", saved.roleSet()), "INVITATION_ACCEPT", "UserAccount", saved.getId(),
                AuditService.SUCCESS, "local password");
        return saved.toSummary(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(currentUsername())
                .orElseThrow(() -> new Refusal("account.error.noLocalAccount"));
        if (account.getPasswordHash() != null && !encoder.matches(currentPassword == null ? "" : currentPassword,
                account.getPasswordHash())) {
            audit.recordRefused("PASSWORD_CHANGE", "UserAccount", account.getId(), "wrong current password");
            throw new Refusal("account.error.currentPasswordWrong");
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.setPasswordHash(encoder.encode(newPassword));
        audit.record("PASSWORD_CHANGE", "UserAccount", account.getId(), AuditService.SUCCESS, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary update(@Valid AccountUpdate update) {
        UserAccount account = accounts.findById(update.id()).orElseThrow(() -> new Refusal("account.error.unknown"));
        if (account.getVersion() != update.version()) {
            throw new Refusal("error.concurrentEdit");
        }
        if (account.getUsername().equals(currentUsername())
                && (!update.enabled() || !update.roles().contains(AppRoles.ADMIN))) {
            throw new Refusal("account.error.cannotDemoteSelf");
        }
        boolean withdrawn = !update.enabled() || !update.roles().containsAll(account.roleSet());
        account.update(update.roles(), blankToNull(update.orgUnitCode()), update.enabled());
        if (withdrawn) {
            publisher.publishEvent(new AccessWithdrawn(account.getUsername()));
        }
        UserAccount saved = accounts.saveAndFlush(account);
        audit.record("ACCOUNT_UPDATE", "UserAccount", saved.getId(), AuditService.SUCCESS,
                update.roles() + (update.enabled() ? "" : " disabled"));
        return saved.toSummary(clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new Refusal("account.error.unknown"));
        account.unlock();
        audit.record("ACCOUNT_UNLOCK", "UserAccount", accountId, AuditService.SUCCESS, null);
    }

    /** The code of the invitation the current account was created from, linking it to e.g. an observer record. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> currentInvitationCode() {
        return invitations.findFirstByAcceptedBy(currentUsername()).map(i -> i.toSummary().code());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void savePreferredLocale(Locale locale) {
        accounts.findByUsername(currentUsername()).ifPresent(a -> a.setPreferredLocale(locale.toLanguageTag()));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> preferredLocale() {
        return accounts.findByUsername(currentUsername()).map(UserAccount::getPreferredLocale)
                .map(Locale::forLanguageTag);
    }

    private static String newCode() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return UserText.orNull(s);
    }

    private String currentUsername() {
        return currentUser.username().orElse("");
    }
}
