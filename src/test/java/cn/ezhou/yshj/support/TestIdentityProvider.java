package cn.ezhou.yshj.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** A real OpenID Connect provider (mock-oauth2-server) and the portal's client registration for it. */
public class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER_ID = "city";
    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
        }
        return server;
    }

    /** The next login at the provider is this person, with these claims. */
    public static void nextLogin(String subject, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("portal"), claims, 3600));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String prefix = "spring.security.oauth2.client.";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-oidc", Map.of(
                prefix + "registration.city.client-id", "portal",
                prefix + "registration.city.client-secret", "portal-secret",
                prefix + "registration.city.scope", "openid,email,profile",
                prefix + "registration.city.authorization-grant-type", "authorization_code",
                prefix + "registration.city.redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}",
                prefix + "provider.city.issuer-uri", server().issuerUrl(ISSUER_ID).toString())));
    }
}
