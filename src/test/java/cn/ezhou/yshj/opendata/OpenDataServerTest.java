package cn.ezhou.yshj.opendata;

import cn.ezhou.yshj.support.TestClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal on a real port for the open data tests, one context for all of them. Requests
 * from 127.0.0.1 are not limited (the crawl sends hundreds); the limit test sends from other
 * addresses through X-Forwarded-For, which Tomcat takes from a local proxy.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "portal.open-data.requests-per-minute=10",
        "portal.open-data.unlimited-addresses=127.0.0.1"})
@ActiveProfiles({"dev", "test"})
@Import({TestClock.Config.class, OpenDataServices.class, OpenDataFixture.class})
@interface OpenDataServerTest {
}
