package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The submissions benchmark: a million items, then the median and p95 of four pages through the
 * services, each beside the same page read by its bare SQL over plain JDBC. Run with
 * {@code mvn -Pbenchmark test -Dbench.db=h2} or {@code -Dbench.db=mariadb} (see the README).
 */
class SubmissionBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    private static final int WARMUP = 50;
    private static final int RUNS = Integer.getInteger("bench.runs", 300);
    private static final String FINISHED = "('REJECTED','MERGED','CLOSED')";

    @Test
    void run() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        try (ConfigurableApplicationContext ctx = start(db)) {
            DataSource dataSource = ctx.getBean(DataSource.class);
            long existing = SubmissionDataGenerator.count(dataSource);
            if (existing < ITEMS || Boolean.getBoolean("bench.regenerate")) {
                if (existing > 0) {
                    throw new IllegalStateException("The benchmark database holds " + existing
                            + " items; drop it (data/bench* or the test_bench database) to regenerate");
                }
                long t = System.nanoTime();
                System.out.printf("Generating %,d items (seed 2026)...%n", ITEMS);
                SubmissionDataGenerator.generate(dataSource, ITEMS, 2026);
                System.out.printf("Generated in %d s%n", (System.nanoTime() - t) / 1_000_000_000);
            }
            measure(ctx, dataSource, db);
        }
    }

    private static ConfigurableApplicationContext start(String db) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--vaadin.launch-browser=false",
                "--spring.jpa.show-sql=false", "--logging.level.root=WARN",
                "--portal.submissions.watch-cron=-", "--portal.mail.send-interval=PT24H"));
        String[] profiles;
        if (db.equals("mariadb")) {
            profiles = new String[] {"dev", "mysql"};
            args.add("--spring.datasource.url=" + System.getProperty("bench.url",
                    "jdbc:mysql://127.0.0.1:3306/test_bench?characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"));
            args.add("--spring.datasource.username=root");
            args.add("--spring.datasource.password=");
        } else {
            profiles = new String[] {"dev"};
            args.add("--spring.datasource.url=jdbc:h2:file:./data/bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY");
        }
        return new SpringApplicationBuilder(Application.class).profiles(profiles).run(args.toArray(String[]::new));
    }

    private void measure(ConfigurableApplicationContext ctx, DataSource dataSource, String db) throws Exception {
        OfficeDesk office = ctx.getBean(OfficeDesk.class);
        DepartmentDesk departments = ctx.getBean(DepartmentDesk.class);
        SubmissionService submissions = ctx.getBean(SubmissionService.class);
        SecurityContextHolderStrategy security = ctx.getBean(SecurityContextHolderStrategy.class);
        Random random = new Random(7);
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            as(security, "office", "OFFICE");
            rows.add(compare("office inbox, first page (state SUBMITTED)",
                    i -> office.inbox(new InboxFilter(SubmissionState.SUBMITTED, null, null, false), 0, 50),
                    i -> read(c, "select * from submission where state <> 'DRAFT' and state = 'SUBMITTED' order by id desc limit 50")));
            as(security, "dept", "DEPARTMENT");
            rows.add(compare("department inbox, first page (FGW, open)",
                    i -> departments.inbox(new InboxFilter(null, null, null, true), 0, 50),
                    i -> read(c, "select s.* from submission_party p join submission s on s.id = p.submission_id"
                            + " where p.unit_code = 'FGW' and p.open_item = true and s.state not in " + FINISHED
                            + " order by p.submission_id desc limit 50")));
            as(security, "observer", "OBSERVER");
            rows.add(compare("submitter's list, first page",
                    i -> submissions.mine(InboxFilter.none(), 0, 50),
                    i -> read(c, "select * from submission where submitter_username = 'observer' order by id desc limit 50")));
            as(security, "office", "OFFICE");
            int[] ids = random.ints(WARMUP + RUNS, 1, ITEMS + 1).toArray();
            rows.add(compare("an item's timeline",
                    i -> submissions.timeline(ids[i]),
                    i -> read(c, "select * from submission_event where submission_id = " + ids[i] + " order by id")));
        }
        print(db, rows);
    }

    private static void as(SecurityContextHolderStrategy security, String user, String role) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "x",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private static void read(Connection c, String sql) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] compare(String name, IntConsumer service, IntConsumer jdbc) {
        double[] s = time(service);
        double[] j = time(jdbc);
        return new String[] {name, fmt(s[0]), fmt(s[1]), fmt(j[0]), fmt(j[1]), "%.2f".formatted(s[1] / j[1])};
    }

    /** Median and p95 in milliseconds, after a warm-up. */
    private static double[] time(IntConsumer op) {
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

    private static String fmt(double ms) {
        return "%.2f".formatted(ms);
    }

    private static void print(String db, List<String[]> rows) {
        System.out.printf("%nSubmissions benchmark on %s, %,d items, %d runs after %d warm-up (ms)%n", db, ITEMS, RUNS, WARMUP);
        System.out.printf("%-44s %10s %10s %10s %10s %14s%n", "page", "svc median", "svc p95", "sql median", "sql p95",
                "ratio (p95)");
        for (String[] r : rows) {
            System.out.printf("%-44s %10s %10s %10s %10s %14s%n", (Object[]) r);
        }
    }
}
