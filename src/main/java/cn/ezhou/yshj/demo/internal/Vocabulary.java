package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.base.seed.SeedFiles;
import cn.ezhou.yshj.base.seed.SeedRow;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.SubmissionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the demo city says: every text and name it draws from, read from {@code seeds/demo/}. */
final class Vocabulary {

    /** A kind of submission a department receives, with slots the generator fills. */
    record Template(int index, String unit, String domain, SubmissionType type, String title, String body) {
    }

    final List<Template> templates = new ArrayList<>();
    final Map<ResultType, List<String>> replies = new EnumMap<>(ResultType.class);
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    Vocabulary(SeedFiles files) {
        for (SeedRow row : files.read("demo/submission-texts.csv", 5)) {
            templates.add(new Template(templates.size(), row.text(0), row.text(1), SubmissionType.valueOf(row.text(2)),
                    row.text(3), row.text(4)));
        }
        for (SeedRow row : files.read("demo/replies.csv", 2)) {
            replies.computeIfAbsent(ResultType.valueOf(row.text(0)), k -> new ArrayList<>()).add(row.text(1));
        }
        for (SeedRow row : files.read("demo/vocabulary.csv", 2)) {
            words.computeIfAbsent(row.text(0), k -> new ArrayList<>()).add(row.text(1));
        }
        for (SeedRow row : files.read("demo/texts.csv", 2)) {
            texts.put(row.text(0), row.text(1));
        }
    }

    List<String> words(String kind) {
        List<String> list = words.get(kind);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("seeds/demo/vocabulary.csv has no '" + kind + "'");
        }
        return list;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("seeds/demo/texts.csv has no '" + key + "'");
        }
        return text;
    }
}
