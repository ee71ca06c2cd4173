package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Every read of the API runs as an anonymous visitor, whatever the request carries: the services
 * then show exactly what a public page shows, and open data never depends on who asks. The API's
 * security chain keeps no session anyway; this holds even if that changed.
 */
@Component
class OpenReads {

    private static final AnonymousAuthenticationToken VISITOR = new AnonymousAuthenticationToken("open-data",
            "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final DirectoryService directory;

    OpenReads(ObjectProvider<SecurityContextHolderStrategy> strategy, DirectoryService directory) {
        this.strategy = strategy;
        this.directory = directory;
    }

    <T> T read(Supplier<T> read) {
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext before = holder.getContext();
        SecurityContext visitor = holder.createEmptyContext();
        visitor.setAuthentication(VISITOR);
        holder.setContext(visitor);
        try {
            return read.get();
        } finally {
            holder.setContext(before);
        }
    }

    /** A read of one thing; the service's refusal (not found, not public, not published) becomes a 404 saying {@code missing}. */
    <T> T find(String missing, Supplier<T> read) {
        try {
            return read(read);
        } catch (Refusal notThere) {
            throw new NotFound(missing);
        }
    }

    NameBook names() {
        return read(() -> new NameBook(directory));
    }
}
