package cn.ezhou.yshj.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JVM class histogram (jcmd GC.class_histogram): bytes and instances per class, and their total. */
record HeapHistogram(Map<String, ClassLine> classes, long totalBytes) {

    record ClassLine(String name, long instances, long bytes) {
    }

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);

    static HeapHistogram parse(String jcmdOutput) {
        Map<String, ClassLine> classes = new HashMap<>();
        for (String line : jcmdOutput.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new ClassLine(m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new ClassLine(a.name(), a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        Matcher total = TOTAL.matcher(jcmdOutput);
        if (!total.find()) {
            throw new IllegalStateException("not a class histogram: " + jcmdOutput.lines().limit(5).toList());
        }
        return new HeapHistogram(classes, Long.parseLong(total.group(1)));
    }

    /** What this histogram holds more than an earlier one. */
    HeapHistogram minus(HeapHistogram earlier) {
        Map<String, ClassLine> diff = new HashMap<>();
        classes.forEach((name, c) -> {
            ClassLine e = earlier.classes().getOrDefault(name, new ClassLine(name, 0, 0));
            diff.put(name, new ClassLine(name, c.instances() - e.instances(), c.bytes() - e.bytes()));
        });
        return new HeapHistogram(diff, totalBytes - earlier.totalBytes());
    }

    List<ClassLine> largest(int n) {
        return classes.values().stream().sorted(Comparator.comparingLong(ClassLine::bytes).reversed()).limit(n).toList();
    }
}
