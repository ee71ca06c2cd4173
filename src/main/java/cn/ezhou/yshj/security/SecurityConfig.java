package cn.ezhou.yshj.security;

import cn.ezhou.yshj.security.internal.InvitationOidcUserService;
import cn.ezhou.yshj.security.internal.SessionLimits;
import cn.ezhou.yshj.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login for local accounts, plus OpenID Connect login when a client registration is
 * configured. Views carry their own access annotations; services check again with @PreAuthorize.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

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
    @Order(1)
    SecurityFilterChain openApiFilterChain(HttpSecurity http) throws Exception {
        OpenApiSecurity.apply(http);
        return http.build();
    }

    /** BCrypt by default, and able to read other encodings should the hashing scheme change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
