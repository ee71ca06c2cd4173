package cn.ezhou.yshj.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An internal note on an item, as written: the author's name and unit as they were then, and the
 * colleagues it mentions (account → the name written after the @).
 */
public record ItemNote(long id, String text, String author, String authorName, String authorUnit, Instant at,
                       Map<String, String> mentions) {

    /** One stretch of the text: plain, or a mention such as {@code @张三}. */
    public record Part(String text, boolean mention) {
    }

    /** The text cut into plain stretches and mentions, for showing the mentions marked. */
    public List<Part> parts() {
        List<String> marks = mentions.values().stream().distinct().map(name -> "@" + name)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Part> parts = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            String mark = markAt(marks, i);
            if (mark == null) {
                i++;
                continue;
            }
            if (i > plainFrom) {
                parts.add(new Part(text.substring(plainFrom, i), false));
            }
            parts.add(new Part(mark, true));
            i += mark.length();
            plainFrom = i;
        }
        if (plainFrom < text.length()) {
            parts.add(new Part(text.substring(plainFrom), false));
        }
        return parts;
    }

    private String markAt(List<String> marks, int at) {
        for (String mark : marks) {
            if (text.startsWith(mark, at)) {
                return mark;
            }
        }
        return null;
    }
}
