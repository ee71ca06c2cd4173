package cn.ezhou.yshj.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.demo.internal.DemoCity;
import cn.ezhou.yshj.submission.RegisterCommand;
import cn.ezhou.yshj.submission.SubmissionState;
import cn.ezhou.yshj.submission.SubmissionType;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo city as the README's {@code mvn} creates it, on its own in-memory database: every step
 * taken through the services without a refusal, every page's data present, and a second start
 * leaves it as it is.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-city;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64",
        // one instance, as the README's run: no list of index changes for others (the test profile keeps one)
        "portal.search.share-changes=false"})
@ActiveProfiles({"demo", "test"})
class DemoCityEndToEndTest {

    @Autowired
    DemoCity city;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Validator validator;
    @Autowired
    Clock clock;

    @Test
    void every_step_of_the_year_is_taken_through_the_services_without_a_refusal() {
        DemoCity.Result result = city.lastResult();
        System.out.printf("Demo city: %d ms (%d ms CPU), %d steps%n", result.took().toMillis(), result.cpu().toMillis(),
                result.steps());
        assertThat(result.refusals()).isEmpty();
        assertThat(result.steps()).isGreaterThan(5_000);
    }

    @Test
    void the_observer_corps_stands_at_every_stage() {
        assertThat(column("select distinct state from observer")).contains("APPLIED", "UNDER_REVIEW", "IN_PUBLICITY",
                "APPOINTED", "SUSPENDED", "EXPIRED", "REJECTED", "OBJECTION_UPHELD");
        assertThat(count("select count(*) from observer")).isBetween(55L, 65L);
        assertThat(column("select distinct category from observer")).hasSize(6);
        assertThat(column("select distinct district_code from observer where district_code is not null")).hasSize(5);
        assertThat(count("select count(*) from observer where certificate_no is not null")).isGreaterThan(45);
        assertThat(count("select count(*) from objection")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from charter_acknowledgement")).isGreaterThan(40);
        int lastYear = LocalDate.now(clock).getYear() - 1;
        assertThat(count("select count(*) from annual_evaluation where eval_year = " + lastYear)).isGreaterThan(40);
    }

    @Test
    void the_demo_accounts_are_bound_to_their_records() {
        assertThat(count("""
                select count(*) from observer o join invitation i on i.code = o.invitation_code
                where i.accepted_by = 'observer' and o.state = 'APPOINTED'""")).isEqualTo(1);
        assertThat(count("select count(*) from submission where submitter_username = 'observer'")).isGreaterThan(20);
        assertThat(count("select count(*) from association_liaison where username = 'association'")).isEqualTo(1);
        assertThat(count("select count(*) from consultation_comment where author_username = 'association'")).isPositive();
        assertThat(count("select count(*) from submission where lead_unit = 'FGW'")).isGreaterThan(20);
        assertThat(count("select count(*) from association")).isEqualTo(12);
    }

    @Test
    void a_year_of_submissions_reaches_every_department_type_domain_channel_and_outcome() {
        assertThat(count("select count(*) from submission")).isBetween(1_400L, 1_500L);
        assertThat(count("""
                select count(distinct s.lead_unit) from submission s join org_unit u on u.code = s.lead_unit
                where u.kind = 'DEPARTMENT'""")).isEqualTo(20);
        assertThat(column("select distinct type from submission")).hasSize(SubmissionType.values().length);
        assertThat(column("select distinct domain_code from submission")).hasSize(5);
        assertThat(column("select distinct channel_code from submission")).hasSize(8);
        assertThat(column("select distinct state from submission")).contains("ASSIGNED", "SIGNED", "ANSWERED",
                "CLOSED", "REJECTED", "MERGED");
        assertThat(column("select distinct rating from submission where rating is not null"))
                .contains("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");
        assertThat(count("select count(*) from submission where rating_defaulted")).isPositive();
        assertThat(count("select count(*) from submission where reopen_count > 0")).isPositive();
        assertThat(count("select count(*) from submission where warned_at is not null")).isGreaterThan(20);
        assertThat(count("select count(*) from submission where supervised_at is not null")).isGreaterThan(20);
        assertThat(column("select distinct action from submission_event")).contains("RETURN", "ACCEPT_RETURN",
                "REQUEST_EXTENSION", "APPROVE_EXTENSION", "REFUSE_EXTENSION", "REQUEST_REWORK", "CO_INPUT",
                "REOPEN", "SUPERVISION", "WARNING", "RATING_DEFAULTED", "MERGE", "REJECT");
        assertThat(count("select count(*) from common_problem")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct title) from submission")).isGreaterThan(60);
    }

    @Test
    void every_seeded_item_passes_the_checks_a_real_one_does() {
        List<Map<String, Object>> items = jdbc.queryForList(
                "select type, domain_code, district_code, title, body, state, reply_text, result_type from submission");
        for (Map<String, Object> item : items) {
            RegisterCommand asEntered = new RegisterCommand("HOTLINE", null, "提交人", null,
                    SubmissionType.valueOf((String) item.get("type")), (String) item.get("domain_code"),
                    (String) item.get("district_code"), (String) item.get("title"), (String) item.get("body"), false);
            assertThat(validator.validate(asEntered)).as("%s", item.get("title")).isEmpty();
            assertThat((String) item.get("title")).doesNotContain("{", "}");
            assertThat((String) item.get("body")).doesNotContain("{", "}");
            if ("ANSWERED".equals(item.get("state"))) {
                assertThat(item.get("reply_text")).isNotNull();
                assertThat(item.get("result_type")).isNotNull();
            }
        }
    }

    @Test
    void each_departments_open_flag_follows_its_items_state() {
        List<Map<String, Object>> parties = jdbc.queryForList("""
                select s.state, p.open_item from submission_party p join submission s on s.id = p.submission_id""");
        assertThat(parties).hasSizeGreaterThan(1000);
        for (Map<String, Object> party : parties) {
            SubmissionState state = SubmissionState.valueOf((String) party.get("state"));
            assertThat(party.get("open_item")).as("%s", state).isEqualTo(state.openForDepartment());
        }
    }

    @Test
    void consultations_rounds_briefings_activities_cases_and_the_league_table_are_there() {
        assertThat(column("select distinct phase_stage from (select case when report_published_at is not null then 'REPORTED' else 'NOT' end as phase_stage from consultation) t"))
                .contains("REPORTED", "NOT");
        assertThat(count("select count(*) from consultation")).isEqualTo(4);
        assertThat(count("select count(distinct part_id) from consultation_comment")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from policy where consultation_id is not null")).isEqualTo(1);
        assertThat(count("select count(*) from policy_delivery where read_at is not null")).isPositive();
        assertThat(count("select count(*) from policy_relay")).isPositive();
        assertThat(count("select count(*) from satisfaction_round")).isEqualTo(2);
        assertThat(count("select count(*) from round_rating")).isGreaterThan(100);
        assertThat(count("select count(*) from briefing")).isEqualTo(3);
        assertThat(count("select count(*) from briefing_receipt")).isPositive();
        assertThat(count("select count(*) from activity")).isEqualTo(4);
        assertThat(count("select count(*) from briefing where confidential = true")).isEqualTo(1);
        assertThat(count("select count(*) from activity where confidential = true")).isEqualTo(1);
        assertThat(count("select count(*) from confidential_opening where item_kind = 'BRIEFING'"))
                .as("observers opened the confidential briefing").isPositive();
        assertThat(count("select count(*) from activity_signup where attendance is not null")).isPositive();
        assertThat(count("select count(*) from typical_case where published")).isEqualTo(5);
        assertThat(count("select count(*) from league_method where published")).isEqualTo(1);
    }

    @Test
    void a_second_start_leaves_the_city_as_it_is() throws Exception {
        long before = count("select count(*) from submission_event");
        city.run(null);
        assertThat(count("select count(*) from submission_event")).isEqualTo(before);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<String> column(String sql) {
        return jdbc.queryForList(sql, String.class);
    }
}
