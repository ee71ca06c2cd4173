package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.InboxFilter;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionSummary;
import cn.ezhou.yshj.submission.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
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
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--vaadin.launch-browser=false",
                "--spring.jpa.show-sql=false", "--logging.level.root=WARN",
                "--portal.submissions.watch-cron=-", "--portal.mail.send-interval=PT24H"));
        String[] profiles;
        if (db.equals("mariadb")) {
            profiles = new String[] {"dev", "mysql"};
            args.add("--spring.datasource.url=" + System.getProperty("bench.url",
                    "jdbc:mysql://127.0.0.1:3306/test_bench?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"));
            args.add("--spring.datasource.username=root");
            args.add("--spring.datasource.password=");
        } else {
            profiles = new String[] {"dev"};
            // No result reuse: H2 would answer a repeated identical query from its last result, so both
            // sides would time a cache rather than the database (MariaDB has no such cache either). The
            // per-connection statement cache stays on, as on a running server.
            args.add("--spring.datasource.url=jdbc:h2:file:./data/bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;OPTIMIZE_REUSE_RESULTS=FALSE");
        }
        return new SpringApplicationBuilder(Application.class).profiles(profiles).run(args.toArray(String[]::new));
    }

    private void measure(ConfigurableApplicationContext ctx, DataSource dataSource, String db) {
        OfficeDesk office = ctx.getBean(OfficeDesk.class);
        DepartmentDesk departments = ctx.getBean(DepartmentDesk.class);
        SubmissionService submissions = ctx.getBean(SubmissionService.class);
        SecurityContextHolderStrategy security = ctx.getBean(SecurityContextHolderStrategy.class);
        BarePages bare = new BarePages(dataSource);
        Random random = new Random(7);
        List<String[]> rows = new ArrayList<>();
        InboxFilter submitted = new InboxFilter(SubmissionState.SUBMITTED, null, null, false);
        InboxFilter open = new InboxFilter(null, null, null, true);
        as(security, "office", "OFFICE");
        sameRows("office inbox", office.inbox(submitted, 0, 50).stream().map(SubmissionSummary::id),
                bare.lines(BarePages.OFFICE_BY_STATE, "SUBMITTED", 0, 50).stream().map(BarePages.Line::id));
        rows.add(SideBySide.compare("office inbox, first page (state SUBMITTED)", i -> office.inbox(submitted, 0, 50),
                i -> bare.lines(BarePages.OFFICE_BY_STATE, "SUBMITTED", 0, 50)));
        as(security, "dept", "DEPARTMENT");
        sameRows("department inbox", departments.inbox(open, 0, 50).stream().map(SubmissionSummary::id),
                bare.lines(BarePages.UNIT_OPEN, "FGW", 0, 50).stream().map(BarePages.Line::id));
        rows.add(SideBySide.compare("department inbox, first page (FGW, open)", i -> departments.inbox(open, 0, 50),
                i -> bare.lines(BarePages.UNIT_OPEN, "FGW", 0, 50)));
        as(security, "observer", "OBSERVER");
        sameRows("submitter's list", submissions.mine(InboxFilter.none(), 0, 50).stream().map(SubmissionSummary::id),
                bare.lines(BarePages.SUBMITTER, "observer", 0, 50).stream().map(BarePages.Line::id));
        rows.add(SideBySide.compare("submitter's list, first page", i -> submissions.mine(InboxFilter.none(), 0, 50),
                i -> bare.lines(BarePages.SUBMITTER, "observer", 0, 50)));
        as(security, "office", "OFFICE");
        int[] ids = random.ints(SideBySide.WARMUP + SideBySide.RUNS, 1, ITEMS + 1).toArray();
        sameRows("timeline", submissions.timeline(ids[0]).stream().map(TimelineEntry::id),
                bare.timeline(ids[0]).stream().map(BarePages.Event::id));
        rows.add(SideBySide.compare("an item's timeline", i -> submissions.timeline(ids[i]), i -> bare.timeline(ids[i])));
        SideBySide.print(db, ITEMS, rows);
    }

    /** Both sides must show the same rows (e.g. the demo department user works in FGW), or the figures mean nothing. */
    private static void sameRows(String page, Stream<Long> service, Stream<Long> bare) {
        List<Long> s = service.toList();
        List<Long> b = bare.toList();
        if (s.isEmpty() || !s.equals(b)) {
            throw new IllegalStateException(page + ": the service shows " + s + ", the bare SQL " + b);
        }
    }

    private static void as(SecurityContextHolderStrategy security, String user, String role) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "x",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
