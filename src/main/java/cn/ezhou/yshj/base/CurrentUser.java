package cn.ezhou.yshj.base;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting now. Reads the same security-context strategy that method security uses (Vaadin
 * keeps it per session), so a service's own checks always agree with its {@code @PreAuthorize}.
 */
@Component
public class CurrentUser {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    /** The strategy bean once it exists: looking it up costs more than a whole timeline's checks. */
    private volatile SecurityContextHolderStrategy resolved;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public Optional<Authentication> authentication() {
        Authentication auth = holder().getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }

    private SecurityContextHolderStrategy holder() {
        SecurityContextHolderStrategy holder = resolved;
        if (holder == null) {
            holder = strategy.getIfAvailable();
            if (holder == null) {
                return SecurityContextHolder.getContextHolderStrategy();
            }
            resolved = holder;
        }
        return holder;
    }

    public boolean isLoggedIn() {
        return authentication().isPresent();
    }

    /** The username, or empty for an anonymous visitor. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The user's roles without the {@code ROLE_} prefix. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        authentication().ifPresent(a -> a.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(r -> r.startsWith("ROLE_"))
                .forEach(r -> roles.add(r.substring(5))));
        return roles;
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }
}
