package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.oversight.internal.FigureRefresh;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The oversight benchmark: the submissions benchmark's million items (completed with replies,
 * ratings and reopenings), one rebuild of the pre-aggregated figures, then the median and p95 of
 * the office's dashboard for a year and of the league table for a quarter, through the services.
 * Its own databases: {@code ./data/oversight-bench} (H2) or {@code test_oversight_bench} (MariaDB).
 */
class OversightBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    private static final int WARMUP = 30;
    private static final int RUNS = Integer.getInteger("bench.runs", 200);

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
            FigureRefresh.Result rebuilt = ctx.getBean(FigureRefresh.class).run();
            SecurityContextHolderStrategy security = ctx.getBean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office", "x",
                    List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
            OversightFigures figures = ctx.getBean(OversightFigures.class);
            LeagueTable league = ctx.getBean(LeagueTable.class);
            // Each run shifts the period by a day, so no database answers from a cache of the same query.
            LocalDate jan1 = LocalDate.parse("2026-01-01");
            LocalDate jul1 = LocalDate.parse("2026-07-01");
            FigureQuery year = FigureQuery.of(jan1, jan1.plusYears(1).minusDays(1));
            double[] board = time(i -> figures.dashboard(FigureQuery.of(jan1.minusDays(i % 90),
                    jan1.minusDays(i % 90).plusYears(1).minusDays(1))));
            double[] filtered = time(i -> figures.dashboard(new FigureQuery(jan1.minusDays(i % 90),
                    jan1.minusDays(i % 90).plusYears(1).minusDays(1), "ECQ", "MARKET")));
            double[] table = time(i -> league.league(jul1.minusDays(i % 90), jul1.minusDays(i % 90).plusMonths(3).minusDays(1)));
            System.out.printf("%nOversight benchmark on %s, %,d items; rebuild of the figures: %,d ms (%,d items read)%n",
                    db, ITEMS, rebuilt.millis(), rebuilt.itemsRead());
            System.out.printf("%d runs after %d warm-up (ms)    median      p95%n", RUNS, WARMUP);
            System.out.printf("dashboard, a year (2026 ± days)   %8.2f %8.2f  (%,d items due in 2026)%n", board[0], board[1],
                    figures.totals(year).items());
            System.out.printf("dashboard, a year, ECQ + MARKET   %8.2f %8.2f%n", filtered[0], filtered[1]);
            System.out.printf("league table, a quarter (Q3 ± d)  %8.2f %8.2f%n", table[0], table[1]);
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
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY");
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
