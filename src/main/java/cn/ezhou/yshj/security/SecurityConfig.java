package cn.ezhou.yshj.security;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.security.internal.DemoPasswordOnce;
import cn.ezhou.yshj.security.internal.InvitationOidcUserService;
import cn.ezhou.yshj.security.internal.SessionLimits;
import cn.ezhou.yshj.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Form login for local accounts, plus OpenID Connect login when a client registration is
 * configured. Views carry their own access annotations; services check again with @PreAuthorize.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The actuator (health probes, info, Prometheus) on the management port: a server of its own
     * ({@code management.server.port}, on 127.0.0.1 by default) that the proxy does not forward and
     * that serves nothing but the exposed endpoints, so it is open without a log-in, for the load
     * balancer and Prometheus. This chain takes only requests to that server; on the public port
     * the portal's chain below applies and no endpoint is mapped. Should the management port ever be
     * set to the public one, the endpoints would ask for an administrator instead.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment) throws Exception {
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            http.securityMatcher(SecurityConfig::onManagementServer);
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        } else {
            http.securityMatcher(EndpointRequest.toAnyEndpoint());
            http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(AppRoles.ADMIN));
        }
        http.csrf(AbstractHttpConfigurer::disable);
        http.requestCache(AbstractHttpConfigurer::disable);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Whether the request reached the management server (its own context, a child of the portal's). */
    private static boolean onManagementServer(HttpServletRequest request) {
        return WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()),
                WebServerNamespace.MANAGEMENT.getValue());
    }

    /**
     * Requests and log-ins stay observed; each authorization is not. The services check rights on
     * every call, nested calls included, and a timer per check cost a few per cent of each step
     * (decision 0042); a refused call is still audited by the service that refuses it.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
                                            InvitationOidcUserService oidcUsers, Clock clock,
                                            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
                                            @Value("${portal.security.session-absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        // Before the security context is read from the session: an ended session is already anonymous.
        http.addFilterBefore(new SessionLimits(clock, idleTimeout, absoluteTimeout), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        http.headers(SecurityHeaders::apply);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(oidcUsers))
                    .failureHandler((request, response, exception) -> {
                        boolean notInvited = exception instanceof OAuth2AuthenticationException e
                                && InvitationOidcUserService.NOT_INVITED.equals(e.getError().getErrorCode());
                        response.sendRedirect(request.getContextPath() + (notInvited ? "/not-invited" : "/login?error"));
                    }));
        }
        return http.build();
    }

    /** The open data API: anonymous, read-only, stateless; checked before the portal's own chain. */
    @Bean
    @Order(2)
    SecurityFilterChain openApiFilterChain(HttpSecurity http) throws Exception {
        OpenApiSecurity.apply(http);
        return http.build();
    }

    /**
     * BCrypt by default, and able to read other encodings should the hashing scheme change. In the
     * dev profile (never with prod) the demo accounts' one shared password is hashed once.
     */
    @Bean
    PasswordEncoder passwordEncoder(Environment environment) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return environment.acceptsProfiles(Profiles.of("dev & !prod")) ? new DemoPasswordOnce(encoder) : encoder;
    }
}
