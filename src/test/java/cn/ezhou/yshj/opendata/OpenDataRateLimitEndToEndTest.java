package cn.ezhou.yshj.opendata;

import static cn.ezhou.yshj.opendata.Api.V1;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Ten requests a minute per client address in the tests (portal.open-data.requests-per-minute), then 429 with Retry-After. */
@OpenDataServerTest
class OpenDataRateLimitEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(113, 114) + "." + r.nextInt(1, 255);
    }

    @Test
    void beyond_its_requests_a_minute_a_client_gets_429_with_retry_after_and_passes_again_after_that_wait() {
        Api api = new Api(port);
        String address = someAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(api.get(V1 + "/policies", "X-Forwarded-For", address).status()).as("request " + (i + 1)).isEqualTo(200);
        }
        Api.Response refused = api.get(V1 + "/cases", "X-Forwarded-For", address);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("6");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("status", 429)
                .containsEntry("detail", "At most 10 requests a minute from one address; try again in 6 seconds");
        assertThat(api.get(V1 + "/cases", "X-Forwarded-For", "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255))
                .status()).as("another address").isEqualTo(200);

        clock.advance(Duration.ofSeconds(5));
        assertThat(api.get(V1 + "/cases", "X-Forwarded-For", address).status()).as("too early").isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get(V1 + "/cases", "X-Forwarded-For", address).status()).isEqualTo(200);
    }

    @Test
    void an_address_on_the_unlimited_list_is_not_counted() {
        Api api = new Api(port);
        for (int i = 0; i < 15; i++) {
            Api.Response response = api.get(V1 + "/cases");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("X-RateLimit-Remaining")).isNull();
        }
    }
}
