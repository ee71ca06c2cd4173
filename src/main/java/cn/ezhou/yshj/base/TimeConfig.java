package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, so tests can move time; the city works in Asia/Shanghai. */
@Configuration
class TimeConfig {

    static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(CITY_ZONE);
    }
}
