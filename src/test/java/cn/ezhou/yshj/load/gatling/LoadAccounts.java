package cn.ezhou.yshj.load.gatling;

import cn.ezhou.yshj.load.PlainVaadinClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The demo city's accounts a virtual user logs in with (README "Demo data", one password): the
 * observers {@code observer}, {@code obs02} … {@code obs51}, the office, and one handler per
 * responsible unit ({@code dept-} and the unit's code, from seeds/org-units.csv). Several virtual
 * users share an account, each in a session of its own. Before the run every account is tried once
 * — log in, open the role's list — and only those that work are used (the demo year suspends,
 * dismisses and lets expire a few observers).
 */
final class LoadAccounts {

    static final String PASSWORD = System.getProperty("load.password", "Demo#2026pass");

    private LoadAccounts() {
    }

    static List<Map<String, Object>> observers(String baseUrl) {
        List<String> names = Stream.concat(Stream.of("observer"),
                IntStream.rangeClosed(2, 51).mapToObj(i -> String.format("obs%02d", i))).toList();
        return usable(baseUrl, names, "submissions", "my-submissions");
    }

    static List<Map<String, Object>> office(String baseUrl) {
        return usable(baseUrl, List.of("office"), "office/inbox", "office-inbox");
    }

    static List<Map<String, Object>> departments(String baseUrl) throws IOException {
        Set<String> kinds = Set.of("DEPARTMENT", "DISTRICT", "FUNCTIONAL_ZONE");
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds/org-units.csv"))) {
            String[] cells = line.split(",");
            if (!line.startsWith("#") && cells.length > 2 && kinds.contains(cells[2])) {
                names.add(cells[0].equals("FGW") ? "dept" : "dept-" + cells[0].toLowerCase());
            }
        }
        return usable(baseUrl, names, "department/inbox", "department-inbox");
    }

    private static List<Map<String, Object>> usable(String baseUrl, List<String> names, String route, String listId) {
        List<Map<String, Object>> usable = new ArrayList<>();
        for (String name : names) {
            try {
                PlainVaadinClient client = new PlainVaadinClient(baseUrl);
                client.login(name, PASSWORD);
                if (client.open(route).has(listId)) {
                    usable.add(Map.of("username", name, "password", PASSWORD));
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("account " + name + " not used: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalStateException("no usable account among " + names);
        }
        System.out.println(usable.size() + " of " + names.size() + " accounts usable for " + route);
        return usable;
    }
}
