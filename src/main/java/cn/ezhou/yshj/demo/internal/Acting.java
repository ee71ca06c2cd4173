package cn.ezhou.yshj.demo.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Acts as one of the city's people, so each service checks that person's rights as it would on screen. */
final class Acting {

    private final SecurityContextHolderStrategy security;

    Acting(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    <T> T as(Person person, Supplier<T> work) {
        var before = security.getContext().getAuthentication();
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + person.role()))));
        try {
            return work.get();
        } finally {
            security.getContext().setAuthentication(before);
        }
    }

    void as(Person person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }

    /** A user of the city: account name and the one role the demo gives it. */
    record Person(String username, String role) {
    }
}
