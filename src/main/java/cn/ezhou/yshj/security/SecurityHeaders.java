package cn.ezhou.yshj.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and resource. Vaadin Flow starts its client engine with an
 * inline script and runs the server's JavaScript through constructed functions, so scripts need
 * 'unsafe-inline' and 'unsafe-eval' (Vaadin's documented minimum); everything else stays on our own
 * origin, and nobody may frame the portal. HSTS is Spring Security's default and is sent on HTTPS
 * requests only, which behind a TLS proxy needs {@code server.forward-headers-strategy}.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<?> headers) {
        // Vaadin serves its pages through a forward to its servlet; the container then commits the
        // response past Spring Security's wrapper, so headers written "on commit" would never be
        // sent on a page. Written before the request is handled, they are on every response.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(nosniff -> { })
                .frameOptions(frame -> frame.deny());
    }
}
