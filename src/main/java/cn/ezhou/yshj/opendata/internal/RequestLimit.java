package cn.ezhou.yshj.opendata.internal;

import cn.ezhou.yshj.base.ClientBuckets;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * So many API requests a minute from one client address (a token bucket that refills steadily);
 * beyond that 429 with Retry-After in seconds. Addresses on the unlimited list (e.g. a harvester the
 * city runs) pass. Behind a proxy the address is the client's only when forwarded headers are trusted.
 */
final class RequestLimit extends OncePerRequestFilter {

    private final int perMinute;
    private final Set<String> unlimited;
    private final ClientBuckets buckets;

    RequestLimit(Clock clock, int perMinute, Set<String> unlimited) {
        this.perMinute = perMinute;
        this.unlimited = Set.copyOf(unlimited);
        this.buckets = new ClientBuckets(clock, perMinute, Duration.ofMinutes(1));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (unlimited.contains(address)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = buckets.take(address);
        response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"about:blank","title":"Too Many Requests","status":429,\
                "detail":"At most %d requests a minute from one address; try again in %d seconds"}"""
                .formatted(perMinute, seconds));
    }
}
