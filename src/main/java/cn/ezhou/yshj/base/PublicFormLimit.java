package cn.ezhou.yshj.base;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client address may send an anonymous form (the observer application, an
 * objection): {@code portal.public-forms.limit} per {@code portal.public-forms.period}, per form.
 * Token buckets (Bucket4j) kept in memory, for the most recently seen addresses; the portal's clock
 * drives them. A call outside a web request (a job, an internal call) is not a visitor and is not
 * limited, nor is an address listed in {@code portal.public-forms.unlimited-addresses} (e.g. the
 * office's own network, where many people share one address).
 */
@Component
public class PublicFormLimit {

    private static final int MAX_ADDRESSES = 10_000;

    private final int limit;
    private final Duration period;
    private final TimeMeter time;
    private final Set<String> unlimited;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    PublicFormLimit(Clock clock, @Value("${portal.public-forms.limit:5}") int limit,
                    @Value("${portal.public-forms.period:1h}") Duration period,
                    @Value("${portal.public-forms.unlimited-addresses:}") Set<String> unlimited) {
        this.unlimited = Set.copyOf(unlimited);
        this.limit = limit;
        this.period = period;
        this.time = new ClockTime(clock);
    }

    /** Counts one sending of the form from the current client; refuses it once the address is over its limit. */
    public void take(String form) {
        ClientAddress.current().filter(address -> !unlimited.contains(address)).ifPresent(address -> {
            ConsumptionProbe probe = bucket(form + " " + address).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long minutes = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() / 60 + 1);
                throw new Refusal("publicForm.error.tooMany", minutes);
            }
        });
    }

    private synchronized Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, period).build())
                .withCustomTimePrecision(time)
                .build());
    }

    /** Bucket4j's time from the portal's clock, so a test clock moves the buckets too. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
