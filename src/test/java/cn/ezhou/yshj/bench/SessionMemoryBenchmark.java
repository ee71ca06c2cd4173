package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.load.PlainVaadinClient;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Memory per user: the production jar with the demo city in a process of its own (see
 * {@link PortalProcess}), {@code bench.sessions} (200) browser sessions per role opened over plain
 * HTTP as the load test does (form login, bootstrap, the view), and the live heap after a full
 * collection before and after each role, from the JVM's class histogram. Prints kilobytes per
 * session and what one session holds, class by class (README "Load and memory").
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    private static final String PASSWORD = "Demo#2026pass";

    @Test
    void run() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PortalProcess.jar()),
                PortalProcess.jar() + " is missing: mvn -Pproduction -DskipTests package");
        try (PortalProcess portal = PortalProcess.start()) {
            List<String> observers = working(portal, Stream.concat(Stream.of("observer"),
                    IntStream.rangeClosed(2, 51).mapToObj(i -> String.format("obs%02d", i))).toList());
            // Warm up: classes, caches and the JIT, so the measured growth is the sessions'.
            open(portal, observers, 20, "", "");
            open(portal, List.of("office"), 20, "office/inbox", "state=CLOSED");
            HeapHistogram before = portal.histogram();
            List<PlainVaadinClient> idle = open(portal, observers, SESSIONS, "", "");
            HeapHistogram observersOpen = portal.histogram();
            List<PlainVaadinClient> inbox = open(portal, List.of("office"), SESSIONS, "office/inbox", "state=CLOSED");
            HeapHistogram officeOpen = portal.histogram();
            report("observer, idle on home", observersOpen.minus(before), idle.size(), 150);
            report("office, on the inbox (a page of 50 items)", officeOpen.minus(observersOpen), inbox.size(), 300);
        }
    }

    private static List<String> working(PortalProcess portal, List<String> names) {
        List<String> working = new ArrayList<>();
        for (String name : names) {
            try {
                new PlainVaadinClient(portal.baseUrl()).login(name, PASSWORD);
                working.add(name);
            } catch (IOException | IllegalStateException e) {
                System.out.println("account " + name + " not used: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return working;
    }

    /** Sessions that stay open: each client is its own browser, its session alive until the idle timeout. */
    private static List<PlainVaadinClient> open(PortalProcess portal, List<String> accounts, int count, String route,
                                                String query) throws IOException, InterruptedException {
        List<PlainVaadinClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlainVaadinClient client = new PlainVaadinClient(portal.baseUrl());
            client.login(accounts.get(i % accounts.size()), PASSWORD);
            client.open(route, query);
            clients.add(client);
        }
        return clients;
    }

    private static void report(String role, HeapHistogram growth, int sessions, int targetKb) {
        long kb = growth.totalBytes() / sessions / 1024;
        System.out.printf("%n%s: %d sessions, live heap +%.1f MB, %d KB per session (target ≤ %d KB: %s)%n", role,
                sessions, growth.totalBytes() / 1048576.0, kb, targetKb, kb <= targetKb ? "met" : "NOT met");
        System.out.println("  per session, the largest classes:");
        growth.largest(25).forEach(c -> System.out.printf("  %10d B  %8.1f  %s%n", c.bytes() / sessions,
                (double) c.instances() / sessions, c.name()));
    }
}
