package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.audit.AuditService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of an OpenID Connect identity. The first login binds the identity to an open
 * invitation: the one whose code the person followed, or else the one sent to the person's verified
 * e-mail address. Anyone else is not invited.
 */
@Service
public class OidcAccountBinder {

    private final UserAccountRepository accounts;
    private final InvitationRepository invitations;
    private final AuditService audit;
    private final Clock clock;

    OidcAccountBinder(UserAccountRepository accounts, InvitationRepository invitations, AuditService audit,
                      Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account for this identity, binding it on first login; empty when the person was never invited. */
    @Transactional
    public Optional<UserAccount> accountFor(String issuer, String subject, String email, boolean emailVerified,
                                            String invitationCode) {
        Optional<UserAccount> bound = accounts.findByOidcIssuerAndOidcSubject(issuer, subject);
        if (bound.isPresent()) {
            return bound;
        }
        Instant now = clock.instant();
        Optional<Invitation> invitation = Optional.ofNullable(invitationCode)
                .flatMap(invitations::findByCode)
                .filter(i -> i.isOpen(now));
        if (invitation.isEmpty() && email != null && emailVerified) {
            invitation = invitations.findOpenByEmail(email, now).stream().findFirst();
        }
        if (invitation.isEmpty()) {
            String who = UsernameRule.forRecord(subject);
            audit.recordFor(who, "", "OIDC_LOGIN", "UserAccount", who, AuditService.REFUSED, "not invited");
            return Optional.empty();
        }
        UserAccount account = invitation.get().accept(uniqueUsername(email, subject), now);
        account.bindOidc(issuer, subject);
        UserAccount saved = accounts.save(account);
        audit.recordFor(saved.getUsername(), String.join(",", saved.roleSet()), "INVITATION_ACCEPT", "UserAccount",
                saved.getId(), AuditService.SUCCESS, "OIDC " + issuer);
        return Optional.of(saved);
    }

    private String uniqueUsername(String email, String subject) {
        String base = (email != null && email.contains("@") ? email.substring(0, email.indexOf('@')) : subject)
                .toLowerCase().replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = "user-" + base;
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
