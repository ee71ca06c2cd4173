package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.Application;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.submission.RoutingHitRate;
import cn.ezhou.yshj.submission.TriageAdvice;
import cn.ezhou.yshj.submission.TriageAdvisor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The triage benchmark: texts written by hand, not by the demo generator, each with the department
 * that should lead it ({@code department code <TAB> text}; default {@code triage/held-out-cases.tsv},
 * another file with {@code -Dtriage.cases=FILE}). The office's advice is asked for each, first on a
 * portal that knows only the departments' duties, then after the demo city's year of routing
 * decisions; top-1 and top-3 accuracy and the median and p95 time of one advice are printed
 * ({@code -Dtriage.misses=true} lists the cases whose first suggestion was another department).
 */
class TriageBenchmark {

    private static final int WARMUP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = Integer.getInteger("bench.runs", 20);

    record Case(String unit, String text) {
    }

    @Test
    void run() throws Exception {
        List<Case> cases = cases();
        System.out.printf("%nTriage benchmark: %d hand-written cases from %s%n", cases.size(),
                System.getProperty("triage.cases", "triage/held-out-cases.tsv"));
        try (ConfigurableApplicationContext young = start("dev", "--portal.demo.city.enabled=false")) {
            measure("duties only (a new portal)", young, cases);
        }
        try (ConfigurableApplicationContext city = start("demo",
                "--portal.demo.city.submissions=" + Integer.getInteger("triage.items", 1500))) {
            measure("after the demo city's year", city, cases);
            RoutingHitRate live = city.getBean(TriageAdvisor.class).hitRate(Instant.EPOCH, Instant.parse("9000-01-01T00:00:00Z"));
            System.out.printf("  while the demo year was played: %,d assignments, the office's choice was the first"
                    + " suggestion in %.1f %% and among the three in %.1f %%%n", live.assignments(),
                    live.firstChoicePercent(), live.topThreePercent());
        }
    }

    private static void measure(String label, ConfigurableApplicationContext ctx, List<Case> cases) {
        SecurityContextHolderStrategy security = ctx.getBean(SecurityContextHolderStrategy.class);
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office", "x",
                List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
        TriageAdvisor advisor = ctx.getBean(TriageAdvisor.class);
        Set<String> departments = ctx.getBean(DirectoryService.class).activeUnits(OrgUnitKind.DEPARTMENT).stream()
                .map(OrgUnitRecord::code).collect(Collectors.toSet());
        for (Case c : cases) {
            if (!departments.contains(c.unit())) {
                throw new IllegalArgumentException("Not a department: " + c.unit() + " (" + c.text() + ")");
            }
        }
        int first = 0;
        int topThree = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            TriageAdvice advice = advisor.advise("", c.text());
            List<String> codes = advice.unitCodes();
            if (codes.size() > 3 || new HashSet<>(codes).size() != codes.size() || !departments.containsAll(codes)) {
                throw new IllegalStateException("Not an advice of up to three distinct departments: " + codes);
            }
            if (!codes.isEmpty() && codes.getFirst().equals(c.unit())) {
                first++;
            }
            if (codes.contains(c.unit())) {
                topThree++;
            }
            if (codes.isEmpty() || !codes.getFirst().equals(c.unit())) {
                misses.add((codes.contains(c.unit()) ? "second or third: " : "not in the three: ") + c.unit() + " → "
                        + codes + "  " + c.text().substring(0, Math.min(30, c.text().length())));
            }
        }
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            cases.forEach(c -> advisor.advise("", c.text()));
        }
        double[] ms = new double[TIMED_ROUNDS * cases.size()];
        int i = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (Case c : cases) {
                long t = System.nanoTime();
                advisor.advise("", c.text());
                ms[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%n%s: top-1 %.1f %% (%d/%d), top-3 %.1f %% (%d/%d); one advice: median %.2f ms, p95 %.2f ms"
                        + " (%,d timed)%n", label, 100.0 * first / cases.size(), first, cases.size(),
                100.0 * topThree / cases.size(), topThree, cases.size(), ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms.length);
        if (Boolean.getBoolean("triage.misses")) {
            misses.forEach(m -> System.out.println("  " + m));
        }
    }

    private static List<Case> cases() throws IOException {
        String file = System.getProperty("triage.cases");
        String content;
        if (file != null) {
            content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } else {
            try (InputStream in = TriageBenchmark.class.getResourceAsStream("/triage/held-out-cases.tsv")) {
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<Case> cases = new ArrayList<>();
        for (String line : content.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("Expected 'department code <TAB> text': " + line);
            }
            cases.add(new Case(parts[0].strip(), parts[1].strip()));
        }
        return cases;
    }

    private static ConfigurableApplicationContext start(String profile, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--vaadin.launch-browser=false", "--logging.level.root=WARN", "--portal.mail.send-interval=PT24H",
                "--spring.datasource.url=jdbc:h2:mem:triage-" + profile + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).profiles(profile).run(args.toArray(String[]::new));
    }
}
