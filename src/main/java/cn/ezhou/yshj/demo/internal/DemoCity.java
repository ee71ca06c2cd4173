package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.search.BulkIndexing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Creates the demo city on the first start of the demo profile, and only against a database with
 * no observers, chambers, submissions or consultations: a database that holds anything real is
 * never touched. {@code portal.demo.city.enabled=false} turns it off.
 */
@Component
@Profile("demo & !prod")
@ConditionalOnProperty(name = "portal.demo.city.enabled", havingValue = "true")
@Order(40)
public class DemoCity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final List<String> OWN_TABLES = List.of("observer", "association", "submission", "consultation");

    private final JdbcTemplate jdbc;
    private final DemoClock clock;
    private final SecurityContextHolderStrategy security;
    private final SeedFiles seeds;
    private final DemoServices services;
    private final BulkIndexing indexing;
    private final int submissionCount;
    private volatile Result last;

    /**
     * What a seeding did: how long it took, how many steps ran, and what a service refused (nothing,
     * when the plan is right). {@code cpu} is the seeding thread's own CPU time, which a busy shared
     * machine stretches far less than the time on the clock.
     */
    public record Result(Duration took, Duration cpu, int steps, List<String> refusals) {
    }

    DemoCity(JdbcTemplate jdbc, DemoClock clock, SecurityContextHolderStrategy security, SeedFiles seeds,
             DemoServices services, BulkIndexing indexing,
             @Value("${portal.demo.city.submissions:1500}") int submissionCount) {
        this.submissionCount = submissionCount;
        this.jdbc = jdbc;
        this.clock = clock;
        this.security = security;
        this.seeds = seeds;
        this.services = services;
        this.indexing = indexing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!emptyDatabase()) {
            log.info("Demo city: the database already holds data; it is left as it is");
            return;
        }
        last = indexing.whilePaused(this::seed); // the search index is built once, from the finished year
        log.info("Demo city created in {} ms ({} ms of this thread's CPU): {} steps, {} refused", last.took().toMillis(),
                last.cpu().toMillis(), last.steps(), last.refusals().size());
    }

    /** The last seeding's result, for the checks that the city keeps every rule. */
    public Result lastResult() {
        return last;
    }

    boolean emptyDatabase() {
        return OWN_TABLES.stream().allMatch(t -> jdbc.queryForObject("select count(*) from " + t, Long.class) == 0);
    }

    Result seed() {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        DemoServices s = services;
        City city = new City(new Acting(security), clock, new Vocabulary(seeds), s.calendar());
        DemoPeople people = new DemoPeople(city, s.accounts(), s.associations(), s.observers(), s.publicity(),
                s.charter(), s.evaluations(), s.directory());
        DemoSubmissions submissions = new DemoSubmissions(city, s.submissions(), s.office(), s.departments(),
                s.problems(), s.directory(), submissionCount);
        DemoConsultations consultations = new DemoConsultations(city, s.consultations(), s.comments(), s.answers(),
                s.policies());
        DemoEngagement engagement = new DemoEngagement(city, s.rounds(), s.ratings(), s.briefings(), s.activities(),
                s.attendance(), s.cases(), s.league(), s.submissions());
        people.plan();
        submissions.plan();
        consultations.plan();
        engagement.plan();
        city.plan(city.now.minusSeconds(60), "evaluation", people::evaluateLastYear);
        city.plan(city.now.minusSeconds(59), "cases", () -> engagement.typicalCases(submissions.byTemplate));
        city.plan(city.now.minusSeconds(58), "league", engagement::publishLeague);
        city.plan(city.now.minusSeconds(57), "figures", () -> city.as(City.OFFICE, () -> s.figures().refreshNow()));
        try {
            city.timeline.play(clock, city.now, day -> {
                if (city.calendar.isWorkingDay(day)) { // the watches' work waits for the office's day
                    s.deadlines().runNow();
                    s.observers().expireDue();
                    s.consultationWatch().run();
                    s.roundWatch().run();
                }
            });
        } finally {
            clock.release();
        }
        log.info("Demo city: milliseconds per kind of step {}", city.timeline.millis());
        return new Result(Duration.ofNanos(System.nanoTime() - started),
                Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpuStarted), city.timeline.done(),
                city.timeline.refusals());
    }
}
