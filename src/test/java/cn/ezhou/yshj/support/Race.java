package cn.ezhou.yshj.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs racers in threads that all wait on one barrier and then start together, so the race really
 * happens instead of one thread finishing before the next is scheduled. Every wait has a timeout.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /** The racers' results in their order; a racer's exception fails the whole race. */
    public static <T> List<T> run(List<? extends Callable<T>> racers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racers.size());
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> racer : racers) {
                futures.add(pool.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return racer.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
