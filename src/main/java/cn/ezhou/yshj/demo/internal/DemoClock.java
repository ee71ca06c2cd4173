package cn.ezhou.yshj.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The portal's clock in the demo profile: the real time, except while the demo city is being
 * created, when it stands at the moment of the year being played. Never present in production.
 */
@Component
@Primary
@Profile("demo & !prod")
@ConditionalOnProperty(name = "portal.demo.city.enabled", havingValue = "true")
class DemoClock extends Clock {

    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock real;
    private volatile Instant playing;

    /**
     * {@code portal.demo.city.now} (an ISO instant, for tests) starts the clock at that moment, so
     * two cities created from the same moment can be compared; otherwise the real time.
     */
    @org.springframework.beans.factory.annotation.Autowired
    DemoClock(@org.springframework.beans.factory.annotation.Value("${portal.demo.city.now:}") String startAt) {
        this(startAt.isBlank() ? Clock.system(CITY_ZONE)
                : Clock.offset(Clock.system(CITY_ZONE), java.time.Duration.between(Clock.system(CITY_ZONE).instant(),
                        Instant.parse(startAt))));
    }

    DemoClock(Clock real) {
        this.real = real;
    }

    /** The real time, even while a past moment is played. */
    Instant realNow() {
        return real.instant();
    }

    void play(Instant at) {
        playing = at;
    }

    void release() {
        playing = null;
    }

    @Override
    public ZoneId getZone() {
        return CITY_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(CITY_ZONE) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = playing;
        return at != null ? at : real.instant();
    }
}
