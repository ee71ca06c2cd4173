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

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public Optional<Authentication> authentication() {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        Authentication auth = holder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
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
