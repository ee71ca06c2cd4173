package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.LeagueRow;
import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.oversight.internal.FigureRefresh;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The oversight benchmark: the submissions benchmark's million items (completed with replies,
 * ratings and reopenings), one full rebuild of the pre-aggregated figures, the periodic run after
 * 1,000 changed items (median and p95), then the median and p95 of the office's dashboard for a
 * year and of the league table for a quarter, through the services. The figures are checked
 * against SQL over the items first: a sample of the changed buckets, a year, the league table.
 * Its own databases: {@code ./data/oversight-bench} (H2) or {@code test_oversight_bench} (MariaDB).
 */
class OversightBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int CHANGED = 1_000;
    private static final int INCREMENTAL_WARMUP = 2;
    private static final int INCREMENTAL_RUNS = Integer.getInteger("bench.incrementalRuns", 9);

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        try (ConfigurableApplicationContext ctx = start(db)) {
            DataSource dataSource = ctx.getBean(DataSource.class);
            long existing = SubmissionDataGenerator.count(dataSource);
            if (existing < ITEMS) {
                if (existing > 0) {
                    throw new IllegalStateException("The oversight benchmark database holds " + existing
                            + " items; drop it (data/oversight-bench* or test_oversight_bench) to regenerate");
                }
                long t = System.nanoTime();
                SubmissionDataGenerator.generate(dataSource, ITEMS, 2026);
                System.out.printf("Generated %,d items in %d s%n", ITEMS, (System.nanoTime() - t) / 1_000_000_000);
            }
            if (!OversightDataGenerator.enriched(dataSource)) {
                OversightDataGenerator.enrich(dataSource);
            }
            FigureRefresh refresh = ctx.getBean(FigureRefresh.class);
            FigureRefresh.Result rebuilt = refresh.rebuild();
            SecurityContextHolderStrategy security = ctx.getBean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office", "x",
                    List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
            OversightFigures figures = ctx.getBean(OversightFigures.class);
            LeagueTable league = ctx.getBean(LeagueTable.class);
            FigureChecks checks = new FigureChecks(ctx.getBean(JdbcTemplate.class), ctx.getBean(WorkCalendarService.class),
                    LocalDate.now(ctx.getBean(Clock.class)));
            ItemChanges changes = new ItemChanges(ctx.getBean(EntityManager.class), ctx.getBean(TransactionTemplate.class),
                    SubmissionDataGenerator.count(dataSource));

            // The periodic run after 1,000 changed items: first checked on a sample of buckets, then timed.
            List<Long> changed = changes.change(CHANGED, 1);
            List<Object[]> before = checks.bucketsOf(changed, 200);
            FigureRefresh.Result checked = refresh.run();
            check(!checked.full(), "the periodic run recounted only the changed buckets");
            before.addAll(checks.bucketsOf(changed, 200));
            for (Object[] b : before) {
                LocalDate day = (LocalDate) b[0];
                String unit = (String) b[1];
                same("bucket " + day + " " + unit, figures(checks, day, unit), checks.bucket(day, unit));
            }
            checkAnswers(figures, league, checks);
            double[] incremental = new double[INCREMENTAL_RUNS];
            long[] recounted = new long[2];
            for (int i = -INCREMENTAL_WARMUP; i < INCREMENTAL_RUNS; i++) {
                changes.change(CHANGED, 100 + i);
                long t = System.nanoTime();
                FigureRefresh.Result run = refresh.run();
                double ms = (System.nanoTime() - t) / 1e6;
                check(!run.full(), "incremental run " + i);
                if (i >= 0) {
                    incremental[i] = ms;
                    recounted[0] += run.buckets();
                    recounted[1] += run.itemsRead();
                }
            }
            long t = System.nanoTime();
            FigureRefresh.Result idle = refresh.run();
            double idleMs = (System.nanoTime() - t) / 1e6;
            check(idle.buckets() == 0, "nothing recounted when nothing changed");
            checkAnswers(figures, league, checks);

            // Each run shifts the period by another day (never the same parameters twice), and H2 runs with
            // QUERY_CACHE_SIZE=0 (no statement, hence no result, kept); MariaDB's query cache is off by default.
            LocalDate jan1 = LocalDate.parse("2026-01-01");
            LocalDate jul1 = LocalDate.parse("2026-07-01");
            FigureQuery year = FigureQuery.of(jan1, jan1.plusYears(1).minusDays(1));
            double[] board = time(i -> figures.dashboard(FigureQuery.of(jan1.minusDays(i), jan1.minusDays(i)
                    .plusYears(1).minusDays(1))));
            double[] filtered = time(i -> figures.dashboard(new FigureQuery(jan1.minusDays(i),
                    jan1.minusDays(i).plusYears(1).minusDays(1), "ECQ", "MARKET")));
            double[] table = time(i -> league.league(jul1.minusDays(i), jul1.minusDays(i).plusMonths(3).minusDays(1)));
            Arrays.sort(incremental);
            System.out.printf("%nOversight benchmark on %s, %,d items; full rebuild of the figures: %,d ms (%,d items"
                    + " read)%n", db, ITEMS, rebuilt.millis(), rebuilt.itemsRead());
            System.out.printf("Periodic run after %,d changed items, %d runs after %d warm-up: median %.0f ms, p95 %.0f ms"
                            + " (%,d buckets, %,d items recounted per run on average); with nothing changed %.1f ms%n",
                    CHANGED, INCREMENTAL_RUNS, INCREMENTAL_WARMUP, incremental[INCREMENTAL_RUNS / 2],
                    incremental[(int) Math.ceil(INCREMENTAL_RUNS * 0.95) - 1], recounted[0] / INCREMENTAL_RUNS,
                    recounted[1] / INCREMENTAL_RUNS, idleMs);
            System.out.printf("Checked against SQL over the items: %d buckets, a year, a year of ECQ + MARKET, the league"
                    + " table's departments (before and after the timed runs)%n", before.size());
            System.out.printf("%d runs after %d warm-up (ms)    median      p95%n", RUNS, WARMUP);
            System.out.printf("dashboard, a year (2026 ± days)   %8.2f %8.2f  (%,d items due in 2026)%n", board[0], board[1],
                    figures.totals(year).items());
            System.out.printf("dashboard, a year, ECQ + MARKET   %8.2f %8.2f%n", filtered[0], filtered[1]);
            System.out.printf("league table, a quarter (Q3 ± d)  %8.2f %8.2f%n", table[0], table[1]);
        }
    }

    private static Figures figures(FigureChecks checks, LocalDate day, String unit) {
        return checks.stored(day, unit);
    }

    /** The dashboard's year (all, and one district and domain) and the league table's quarter, against SQL. */
    private static void checkAnswers(OversightFigures figures, LeagueTable league, FigureChecks checks) {
        LocalDate jan1 = LocalDate.parse("2026-01-01");
        LocalDate dec31 = LocalDate.parse("2026-12-31");
        same("a year", figures.totals(FigureQuery.of(jan1, dec31)), checks.period(jan1, dec31, null, null));
        same("a year of ECQ + MARKET", figures.totals(new FigureQuery(jan1, dec31, "ECQ", "MARKET")),
                checks.period(jan1, dec31, "ECQ", "MARKET"));
        LocalDate jul1 = LocalDate.parse("2026-07-01");
        LocalDate sep30 = LocalDate.parse("2026-09-30");
        Map<String, Figures> units = checks.byUnit(jul1, sep30);
        for (LeagueRow row : league.league(jul1, sep30).rows()) {
            same("league " + row.unitCode(), row.figures(), units.getOrDefault(row.unitCode(), Figures.NONE));
        }
    }

    private static void same(String what, Figures stored, Figures direct) {
        check(stored.equals(direct), what + ": figures " + stored + " but the items give " + direct);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    private static ConfigurableApplicationContext start(String db) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--vaadin.launch-browser=false",
                "--spring.jpa.show-sql=false", "--logging.level.root=WARN", "--portal.submissions.watch-cron=-",
                "--portal.oversight.refresh-cron=-", "--portal.mail.send-interval=PT24H"));
        String[] profiles;
        if (db.equals("mariadb")) {
            profiles = new String[] {"dev", "mysql"};
            args.add("--spring.datasource.url=" + System.getProperty("bench.url", "jdbc:mysql://127.0.0.1:3306/"
                    + "test_oversight_bench?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                    + "&rewriteBatchedStatements=true"));
            args.add("--spring.datasource.username=root");
            args.add("--spring.datasource.password=");
        } else {
            profiles = new String[] {"dev"};
            args.add("--spring.datasource.url=jdbc:h2:file:./data/oversight-bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;QUERY_CACHE_SIZE=0");
        }
        return new SpringApplicationBuilder(Application.class).profiles(profiles).run(args.toArray(String[]::new));
    }

    /** Median and p95 in milliseconds, after a warm-up. */
    private static double[] time(java.util.function.IntConsumer op) {
        for (int i = 0; i < WARMUP; i++) {
            op.accept(i);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            op.accept(WARMUP + i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]};
    }
}
