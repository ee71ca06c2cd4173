package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Figures that a metrics gauge reads from the database, each read at most once per
 * {@code portal.metrics.keep} (30 s) however often it is scraped, and shared by the gauges built
 * from one query (one count per state). A reading that fails is shown as NaN until the next period.
 */
@Component
public class MetricReadings {

    private static final Logger log = LoggerFactory.getLogger(MetricReadings.class);

    private final Clock clock;
    private final Duration keep;

    MetricReadings(Clock clock, @Value("${portal.metrics.keep:30s}") Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** A reading of {@code read}, named for the log should it fail. */
    public <T> Kept<T> kept(String name, Supplier<T> read) {
        return new Kept<>(name, read);
    }

    /** One query's result, kept for the period. */
    public final class Kept<T> {

        private final String name;
        private final Supplier<T> read;
        private final ReentrantLock lock = new ReentrantLock();
        private Instant readAt;
        private T value;

        private Kept(String name, Supplier<T> read) {
            this.name = name;
            this.read = read;
        }

        /** A figure of the kept result, or NaN when it could not be read. */
        public double value(ToDoubleFunction<T> figure) {
            T current = current();
            return current == null ? Double.NaN : figure.applyAsDouble(current);
        }

        private T current() {
            lock.lock();
            try {
                Instant now = clock.instant();
                // Read again once the period is over, or when the clock was set back.
                if (readAt == null || now.isBefore(readAt) || !now.isBefore(readAt.plus(keep))) {
                    readAt = now;
                    try {
                        value = read.get();
                    } catch (RuntimeException e) {
                        value = null;
                        log.warn("Metric {} could not be read: {}", name, e.toString());
                    }
                }
                return value;
            } finally {
                lock.unlock();
            }
        }
    }
}
