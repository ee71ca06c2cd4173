package cn.ezhou.yshj.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Titles, texts and replies for generated items, so that keyword searches over a million of them
 * behave as on real ones: the demo city's per-department texts (seeds/demo/submission-texts.csv)
 * with their slots filled, combined with phrases of the department's duties
 * (seeds/department-duties.csv), and the demo replies. Every draw comes from the caller's Random.
 */
final class BenchTexts {

    record Template(String title, String body) {
    }

    private static final String[] KINDS = {"建议", "投诉", "问题线索"};
    private static final String[] ASKS = {"希望尽快协调解决", "请相关部门核实处理", "建议简化流程、明确时限",
            "恳请加大政策支持力度", "希望公开办理进度", "请予以督促整改"};

    private final Map<String, List<Template>> byUnit = new HashMap<>();
    private final List<Template> all = new ArrayList<>();
    private final Map<String, List<String>> duties = new HashMap<>();
    private final List<String> allDuties = new ArrayList<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private final List<String> districts = new ArrayList<>();
    private final List<String> companies = new ArrayList<>();
    private final List<String> roads = new ArrayList<>();
    private final List<String> replies = new ArrayList<>();

    BenchTexts() {
        for (String[] r : rows("seeds/demo/submission-texts.csv", 5)) {
            Template t = new Template(r[3], r[4]);
            byUnit.computeIfAbsent(r[0], k -> new ArrayList<>()).add(t);
            all.add(t);
        }
        for (String[] r : rows("seeds/department-duties.csv", 3)) {
            // "负责A，B，C。": each phrase is a matter a firm may raise with the department.
            List<String> phrases = List.of(r[2].replaceFirst("^负责", "").replace("。", "").split("[，、；]"));
            duties.put(r[0], phrases);
            allDuties.addAll(phrases);
        }
        for (String[] r : rows("seeds/org-units.csv", 6)) {
            unitNames.put(r[0], r[3]);
            if (r[2].equals("DISTRICT") || r[2].equals("FUNCTIONAL_ZONE")) {
                districts.add(r[3]);
            }
        }
        for (String[] r : rows("seeds/demo/vocabulary.csv", 2)) {
            (r[0].equals("company") ? companies : r[0].equals("road") ? roads : new ArrayList<String>()).add(r[1]);
        }
        for (String[] r : rows("seeds/demo/replies.csv", 2)) {
            if (r[0].equals("RESOLVED")) {
                replies.add(r[1]);
            }
        }
    }

    /** Title and text for an item of the type (index into SUGGESTION, COMPLAINT, LEAD), led by unit (may be null). */
    String[] item(Random random, String unit, int type) {
        List<Template> own = unit == null ? null : byUnit.get(unit);
        Template t = pick(random, own == null ? all : own);
        List<String> unitDuties = unit == null ? null : duties.get(unit);
        String duty = pick(random, unitDuties == null ? allDuties : unitDuties);
        String other = pick(random, allDuties);
        Map<String, String> slots = Map.of("{district}", pick(random, districts), "{company}", pick(random, companies),
                "{road}", pick(random, roads), "{n}", String.valueOf(3 + random.nextInt(13)),
                "{amount}", String.valueOf(5 + random.nextInt(296)), "{months}", String.valueOf(2 + random.nextInt(7)));
        String title = random.nextBoolean() ? fill(t.title(), slots)
                : "关于" + slots.get("{district}") + duty + "的" + KINDS[type];
        String body = fill(t.body(), slots) + "另外，在" + other + "方面，" + slots.get("{company}") + "也遇到类似情况，"
                + ASKS[random.nextInt(ASKS.length)] + "。";
        return new String[] {title, body};
    }

    /** A department's reply to an answered item. */
    String reply(Random random, String unit) {
        String name = unit == null ? "承办单位" : unitNames.getOrDefault(unit, unit);
        return pick(random, replies).replace("{unit}", name).replace("{n}", String.valueOf(3 + random.nextInt(13)));
    }

    private static String fill(String text, Map<String, String> slots) {
        String filled = text;
        for (Map.Entry<String, String> slot : new java.util.TreeMap<>(slots).entrySet()) {
            filled = filled.replace(slot.getKey(), slot.getValue());
        }
        return filled;
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** The rows of a seed file with at least the given number of columns (no quoting in these files). */
    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = BenchTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] r = line.split(",", columns);
                if (!line.isBlank() && !line.startsWith("#") && r.length == columns) {
                    rows.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
