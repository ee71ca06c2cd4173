package cn.ezhou.yshj.security.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Turns an OIDC login into a portal user: bound account, its roles, plus the allowed roles of the configured claim. */
@Component
public class InvitationOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Session attribute holding the invitation code a person followed before logging in with OIDC. */
    public static final String INVITATION_ATTRIBUTE = "portal.invitationCode";
    public static final String NOT_INVITED = "not_invited";

    private final OidcUserService delegate = new OidcUserService();
    private final OidcAccountBinder binder;
    private final String rolesClaim;
    private final ClaimRoles claimRoles;

    InvitationOidcUserService(OidcAccountBinder binder, ClaimRoles claimRoles,
                              @Value("${portal.oidc.roles-claim:roles}") String rolesClaim) {
        this.binder = binder;
        this.claimRoles = claimRoles;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        UserAccount account = binder.accountFor(oidc.getIssuer().toString(), oidc.getSubject(), oidc.getEmail(),
                        Boolean.TRUE.equals(oidc.getEmailVerified()), invitationCode())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NOT_INVITED),
                        "No invitation for " + oidc.getSubject()));
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        account.roleSet().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        claimRoles.from(oidc.getClaims().get(rolesClaim)).forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        return new PortalOidcUser(authorities, oidc, account.getUsername());
    }

    private static String invitationCode() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            var session = attrs.getRequest().getSession(false);
            if (session != null && session.getAttribute(INVITATION_ATTRIBUTE) instanceof String code) {
                session.removeAttribute(INVITATION_ATTRIBUTE);
                return code;
            }
        }
        return null;
    }

    /** An OIDC user whose name is the portal username, so audit and ownership use one identity. */
    static final class PortalOidcUser extends DefaultOidcUser {

        private final String username;

        PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser oidc, String username) {
            super(authorities, oidc.getIdToken(), oidc.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}
