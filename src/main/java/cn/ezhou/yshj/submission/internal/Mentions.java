package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.Mentionable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the @mentions in a note. A mention is an {@code @} that does not follow a Latin letter,
 * digit or one of {@code . _ - +} (so an e-mail address is no mention, {@code 请@张三} is),
 * followed by the display name or the username of a colleague who may read the item; the longest
 * such name wins, since Chinese text puts no space after a name ({@code @张三请核实}). A name ending in a Latin
 * letter or digit must not run on into more of them ({@code @dept} is not {@code @dept-rsj}).
 * An {@code @} followed by anything else names someone who cannot be mentioned: the word after it,
 * up to the next space or punctuation. An {@code @} followed by a space is plain text.
 */
public final class Mentions {

    /** Mentioned account → the name as written; names that fit no eligible colleague; names two share. */
    public record Found(Map<String, String> mentioned, Set<String> unknown, Set<String> ambiguous) {
    }

    private Mentions() {
    }

    public static Found in(String text, List<Mentionable> eligible) {
        Map<String, Set<String>> byName = new LinkedHashMap<>();
        for (Mentionable m : eligible) {
            byName.computeIfAbsent(m.username(), k -> new LinkedHashSet<>()).add(m.username());
            if (m.displayName() != null && !m.displayName().isBlank() && !m.displayName().equals(m.username())) {
                byName.computeIfAbsent(m.displayName(), k -> new LinkedHashSet<>()).add(m.username());
            }
        }
        List<String> names = byName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, String> mentioned = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '@' || (i > 0 && (latinWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '+'))) {
                i++;
                continue;
            }
            int from = i + 1;
            String name = names.stream().filter(n -> text.startsWith(n, from) && ends(text, from + n.length(), n))
                    .findFirst().orElse(null);
            if (name == null) {
                String word = word(text, from);
                if (!word.isEmpty()) {
                    unknown.add(word);
                }
                i = from + word.length();
                continue;
            }
            Set<String> who = byName.get(name);
            if (who.size() > 1) {
                ambiguous.add(name);
            } else {
                mentioned.putIfAbsent(who.iterator().next(), name);
            }
            i = from + name.length();
        }
        return new Found(mentioned, unknown, ambiguous);
    }

    /** False where a name ending in a Latin letter or digit would cut a longer Latin word. */
    private static boolean ends(String text, int end, String name) {
        if (end >= text.length() || !latinWordChar(name.charAt(name.length() - 1))) {
            return true;
        }
        return !latinWordChar(text.charAt(end));
    }

    private static boolean latinWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    /** The word after an @ that fits nobody: letters, digits and - _ . up to the next other character. */
    private static String word(String text, int from) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Character.isLetterOrDigit(cp) && cp != '-' && cp != '_' && cp != '.') {
                break;
            }
            end += Character.charCount(cp);
        }
        while (end > from && text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(from, Math.min(end, from + 20));
    }
}
