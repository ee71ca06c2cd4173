package cn.ezhou.yshj.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleConsumer;

/**
 * Passes a job's progress on to the database only when it moved by 5 % or half a second passed
 * since the last write: a report calls progress per row, and every call must not be an update.
 */
class ProgressThrottle implements DoubleConsumer {

    /** Receives progress in thousandths and the time it was reached. */
    interface Sink {
        void write(int thousandths, Instant at);
    }

    static final int STEP = 50;
    static final Duration INTERVAL = Duration.ofMillis(500);

    private final Clock clock;
    private final Sink sink;
    private int written;
    private Instant writtenAt;

    ProgressThrottle(Clock clock, Sink sink) {
        this.clock = clock;
        this.sink = sink;
        this.writtenAt = clock.instant();
    }

    @Override
    public void accept(double progress) {
        int thousandths = (int) Math.round(Math.max(0, Math.min(1, progress)) * 1000);
        Instant now = clock.instant();
        if (thousandths == written) {
            return;
        }
        if (Math.abs(thousandths - written) >= STEP || !now.isBefore(writtenAt.plus(INTERVAL))) {
            sink.write(thousandths, now);
            written = thousandths;
            writtenAt = now;
        }
    }
}
