package cn.ezhou.yshj.opendata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every open data test starts from: the portal on its port, the published and unpublished seed, the clock put back after. */
@OpenDataServerTest
abstract class OpenDataEndToEnd {

    @LocalServerPort
    int port;
    @Autowired
    OpenDataFixture fixture;

    Api api;
    OpenDataFixture.Seed seed;

    @BeforeEach
    void setUpApiAndSeed() {
        api = new Api(port);
        seed = fixture.seed();
    }

    @AfterEach
    void resetClock() {
        fixture.resetClock();
    }
}
