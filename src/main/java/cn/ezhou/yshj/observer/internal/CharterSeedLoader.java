package cn.ezhou.yshj.observer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes the charter in {@code seeds/observer-charter.txt} as version 1 when no version exists yet. */
@Component
@Order(15)
class CharterSeedLoader implements ApplicationRunner {

    private final CharterVersionRepository versions;
    private final ResourceLoader resources;
    private final String location;
    private final Clock clock;

    CharterSeedLoader(CharterVersionRepository versions, ResourceLoader resources,
                      @Value("${portal.seeds.location:classpath:seeds/}") String location, Clock clock) {
        this.versions = versions;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (versions.count() > 0) {
            return;
        }
        var file = resources.getResource(location + "observer-charter.txt");
        if (file.exists()) {
            versions.save(new CharterVersion(1, file.getContentAsString(StandardCharsets.UTF_8).strip(), clock.instant(),
                    "system"));
        }
    }
}
