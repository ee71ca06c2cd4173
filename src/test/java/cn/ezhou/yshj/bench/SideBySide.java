package cn.ezhou.yshj.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/** Times a page through the service and by bare SQL, side by side, and prints the table. */
final class SideBySide {

    /** Enough calls for the JIT to compile both paths: the figures are those of a running server. */
    static final int WARMUP = Integer.getInteger("bench.warmup", 20_000);
    static final int RUNS = Integer.getInteger("bench.runs", 1_000);

    private SideBySide() {
    }

    /**
     * Median and p95 of each side in ms, after a warm-up. The sides take turns call by call, the
     * order alternating, so neither gains from drift on the shared machine or from rows the other
     * has just brought into the cache (both read the same item on the same turn).
     */
    static String[] compare(String name, IntConsumer service, IntConsumer jdbc) {
        for (int i = 0; i < WARMUP; i++) {
            service.accept(i);
            jdbc.accept(i);
        }
        double[] s = new double[RUNS];
        double[] j = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            if (i % 2 == 0) {
                s[i] = time(service, WARMUP + i);
                j[i] = time(jdbc, WARMUP + i);
            } else {
                j[i] = time(jdbc, WARMUP + i);
                s[i] = time(service, WARMUP + i);
            }
        }
        Arrays.sort(s);
        Arrays.sort(j);
        double sp95 = p95(s);
        double jp95 = p95(j);
        return new String[] {name, fmt(s[RUNS / 2]), fmt(sp95), fmt(j[RUNS / 2]), fmt(jp95), "%.2f".formatted(sp95 / jp95)};
    }

    private static double time(IntConsumer op, int i) {
        long t = System.nanoTime();
        op.accept(i);
        return (System.nanoTime() - t) / 1e6;
    }

    private static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(RUNS * 0.95) - 1];
    }

    private static String fmt(double ms) {
        return "%.2f".formatted(ms);
    }

    static void print(String db, int items, List<String[]> rows) {
        System.out.printf("%nSubmissions benchmark on %s, %,d items, %d runs after %d warm-up (ms)%n", db, items, RUNS, WARMUP);
        System.out.printf("%-44s %10s %10s %10s %10s %14s%n", "page", "svc median", "svc p95", "sql median", "sql p95",
                "ratio (p95)");
        for (String[] r : rows) {
            System.out.printf("%-44s %10s %10s %10s %10s %14s%n", (Object[]) r);
        }
    }
}
