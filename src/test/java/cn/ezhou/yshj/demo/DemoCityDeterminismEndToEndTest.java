package cn.ezhou.yshj.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.demo.internal.DemoCity;
import cn.ezhou.yshj.support.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two demo cities created from the same moment, each in a database of its own, are the same city:
 * the same people, items, texts, states, deadlines and ratings (a smaller city, to keep it quick).
 */
class DemoCityDeterminismEndToEndTest {

    /** Both cities start at the suite's moment ({@code portal.test.now}, e.g. New Year's Eve in CI). */
    private static final String START = new TestClock().instant().toString();

    @Test
    void the_same_start_gives_the_same_city() {
        String first = city("demo-city-a");
        String second = city("demo-city-b");
        assertThat(first).isNotBlank().isEqualTo(second);
    }

    private static String city(String database) {
        // Arguments, not default properties: the test profile's own database URL must not win.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo", "test")
                .run("--spring.datasource.url=jdbc:h2:mem:" + database
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64",
                        "--server.port=0", "--portal.demo.city.now=" + START, "--portal.demo.city.submissions=120")) {
            assertThat(context.getBean(DemoCity.class).lastResult()).as("created in this database")
                    .isNotNull().satisfies(result -> assertThat(result.refusals()).isEmpty());
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from submission", Long.class)).isGreaterThan(100);
            return String.join("\n", List.of(
                    // Reference numbers are random by design (nobody can guess another's), so rows are matched by id.
                    rows(jdbc, "select id, name, state, certificate_no, term_end from observer order by id"),
                    rows(jdbc, "select name, credit_code from association order by credit_code"),
                    rows(jdbc, """
                            select id, type, domain_code, district_code, title, body, state, lead_unit, deadline,
                                   rating, reopen_count, result_type, submitter_username, channel_code
                            from submission order by id"""),
                    rows(jdbc, "select submission_id, action, to_state, actor, occurred_at from submission_event "
                            + "order by submission_id, occurred_at, id"),
                    rows(jdbc, "select author_username, body, outcome from consultation_comment order by id"),
                    rows(jdbc, "select title, published from typical_case order by title")));
        }
    }

    private static String rows(JdbcTemplate jdbc, String sql) {
        return String.join("\n", jdbc.query(sql, (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            return row.toString();
        }));
    }
}
