package cn.ezhou.yshj.load.gatling;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A working day's mix against one running portal with the demo city: 70 % observers, 20 % office,
 * 10 % departments (README "Load and memory"). Users arrive over {@code load.rampSeconds}, each
 * logs in once, opens the home page and then works in rounds for {@code load.rampSeconds +
 * load.steadySeconds}, so every user is at work together for the steady part. The run fails when
 * the targets fail: UIDL p95 &lt; 200 ms, p99 &lt; 500 ms, no request failed.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:18090");
    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 120));
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("load.steadySeconds", 600));

    {
        List<Map<String, Object>> observers = LoadAccounts.observers(BASE_URL);
        List<Map<String, Object>> office = LoadAccounts.office(BASE_URL);
        List<Map<String, Object>> departments;
        try {
            departments = LoadAccounts.departments(BASE_URL);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int officeUsers = Math.round(USERS * 0.2f);
        int departmentUsers = Math.round(USERS * 0.1f);
        int observerUsers = USERS - officeUsers - departmentUsers;
        setUp(
                role("observers", observers, "", Journeys.observerRound()).injectOpen(rampUsers(observerUsers).during(RAMP)),
                role("office", office, "office/inbox", Journeys.officeRound()).injectOpen(rampUsers(officeUsers).during(RAMP)),
                role("departments", departments, "department/inbox", Journeys.departmentRound())
                        .injectOpen(rampUsers(departmentUsers).during(RAMP)))
                .protocols(http.baseUrl(BASE_URL).acceptLanguageHeader("zh-CN,zh;q=0.9").userAgentHeader("portal-load-test"))
                .assertions(
                        global().failedRequests().percent().is(0.0),
                        details("UIDL").responseTime().percentile(95.0).lt(200),
                        details("UIDL").responseTime().percentile(99.0).lt(500));
    }

    private static ScenarioBuilder role(String name, List<Map<String, Object>> accounts, String start, ChainBuilder round) {
        return scenario(name)
                .feed(circular(accounts))
                .exec(VaadinSteps.login(), VaadinSteps.open(name + " start", start), Journeys.think())
                .exec(during(RAMP.plus(STEADY)).on(round));
    }

    private static java.util.Iterator<Map<String, Object>> circular(List<Map<String, Object>> accounts) {
        return java.util.stream.Stream.iterate(0, i -> (i + 1) % accounts.size()).map(accounts::get).iterator();
    }

    @Override
    public void after() {
        System.out.println("Changes done: " + Journeys.DONE.get() + ", refused (another session was first): "
                + Journeys.REFUSED.get());
    }
}
