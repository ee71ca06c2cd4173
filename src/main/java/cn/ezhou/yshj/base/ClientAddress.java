package cn.ezhou.yshj.base;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being handled. Behind a proxy this is the client's
 * address only when forwarded headers are trusted (server.forward-headers-strategy).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** Empty when no web request is being handled (a scheduled job, a test of a service). */
    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return Optional.ofNullable(attrs.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
