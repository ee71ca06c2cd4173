package cn.ezhou.yshj.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a real port, with demo accounts and with OpenID Connect login against a
 * real OIDC provider ({@link TestIdentityProvider}) running in the same JVM.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@ContextConfiguration(initializers = TestIdentityProvider.class)
@Import(TestClock.Config.class)
public @interface PortalServerTest {
}
