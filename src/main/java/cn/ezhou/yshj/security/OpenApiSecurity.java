package cn.ezhou.yshj.security;

import java.time.Duration;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The open data API (module opendata, {@value #DATA}, its OpenAPI description included) and the
 * Swagger UI: anyone may read them with GET, nothing else is allowed; any other path stays with
 * the portal's own chain. No session is read or created (a logged-in user's cookie changes
 * nothing), so CSRF has nothing to protect. Other sites' scripts may read the data (CORS, without
 * credentials). Same headers as every page (docs/decisions/0023-open-data-api.md).
 */
final class OpenApiSecurity {

    static final String DATA = "/api/open/v1/**";
    /** springdoc.swagger-ui.path redirects to the UI's files, which springdoc serves beside it. */
    static final String[] PATHS = {DATA, "/api/open/docs", "/api/open/swagger-ui/**"};

    private OpenApiSecurity() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors()))
                .headers(SecurityHeaders::apply)
                // Anything but GET or HEAD, from anybody (there are no accounts here): read-only.
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) -> readOnly(response))
                        .accessDeniedHandler((request, response, denied) -> readOnly(response)));
    }

    private static void readOnly(HttpServletResponse response) {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
        response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
    }

    private static UrlBasedCorsConfigurationSource cors() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of("*"));
        config.setAllowedMethods(List.of("GET", "HEAD"));
        config.setExposedHeaders(List.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(DATA, config);
        return source;
    }
}
