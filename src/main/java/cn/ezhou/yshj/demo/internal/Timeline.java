package cn.ezhou.yshj.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo year as a queue of moments: each step runs with the clock standing at its moment and
 * may plan the next steps. What falls after the real now never happens, so items planned late in
 * the year are still in progress when the city opens, as in a real inbox.
 */
final class Timeline {

    private static final Logger log = LoggerFactory.getLogger(Timeline.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private record Step(Instant at, long order, String what, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private final List<String> refusals = new ArrayList<>();
    /** Time spent per kind of step (the first word of its name), for the log. */
    private final java.util.Map<String, Long> nanos = new java.util.TreeMap<>();
    private long order;
    private int done;

    void at(Instant when, String what, Runnable action) {
        steps.add(new Step(when, order++, what, action));
    }

    /**
     * Plays every step up to {@code until}; before the first step of each new day, {@code eachDay}
     * runs at that day's start (the scheduled jobs' turn).
     */
    void play(DemoClock clock, Instant until, Consumer<LocalDate> eachDay) {
        LocalDate day = null;
        while (!steps.isEmpty() && !steps.peek().at().isAfter(until)) {
            Step step = steps.poll();
            day = daysUpTo(day, step.at().atZone(CITY).toLocalDate(), clock, eachDay);
            clock.play(step.at());
            long started = System.nanoTime();
            try {
                step.action().run();
                nanos.merge(step.what().split(" ")[0], System.nanoTime() - started, Long::sum);
                done++;
            } catch (RuntimeException e) {
                refusals.add(step.what() + ": " + e);
                log.warn("Demo city: {} at {} was refused: {}", step.what(), step.at(), e.toString());
            }
        }
        if (day != null) {
            daysUpTo(day, until.atZone(CITY).toLocalDate(), clock, eachDay);
        }
        steps.clear();
    }

    /** Starts each day after {@code day} up to {@code last} (or {@code last} alone, the first time); returns the day reached. */
    private LocalDate daysUpTo(LocalDate day, LocalDate last, DemoClock clock, Consumer<LocalDate> eachDay) {
        LocalDate next = day == null ? last : day.plusDays(1);
        for (; !next.isAfter(last); next = next.plusDays(1)) {
            clock.play(next.atTime(7, 0).atZone(CITY).toInstant());
            long started = System.nanoTime();
            eachDay.accept(next);
            nanos.merge("daily-jobs", System.nanoTime() - started, Long::sum);
        }
        return day == null || last.isAfter(day) ? last : day;
    }

    /** Milliseconds spent per kind of step. */
    java.util.Map<String, Long> millis() {
        java.util.Map<String, Long> ms = new java.util.TreeMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return ms;
    }

    int done() {
        return done;
    }

    /** Steps a service refused: none, when the plan keeps every rule. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
