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

/**
 * Token buckets (Bucket4j, greedy refill) of {@code capacity} per {@code period}, one per key — a
 * client address and what it does. Kept in memory for the most recently seen keys only, so a flood
 * of addresses cannot fill the heap; the portal's clock drives them, so a test clock moves them too.
 */
public final class ClientBuckets {

    private static final int MAX_KEYS = 10_000;

    private final int capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public ClientBuckets(Clock clock, int capacity, Duration period) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit needs at least 1 per a positive period, not " + capacity + " per " + period);
        }
        this.capacity = capacity;
        this.period = period;
        this.time = new ClockTime(clock);
    }

    /** Takes one token of the key's bucket; the probe says whether it was there and, if not, how long to wait. */
    public ConsumptionProbe take(String key) {
        return bucket(key).tryConsumeAndReturnRemaining(1);
    }

    private synchronized Bucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time)
                .build());
    }

    /** Bucket4j's time from the portal's clock. */
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
