package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chinese and English have the same keys, and every key the code asks for exists. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        assertThat(load("translations_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
    }

    @Test
    void every_literal_key_used_in_the_code_is_translated() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Pattern literal = Pattern.compile(
                "(?:getTranslation|Refusal|Errors\\.success\\(this,|title =|message =)\\s*\\(?\\s*\"([a-zA-Z]+\\.[a-zA-Z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    boolean dynamicPrefix = m.group(1).endsWith(".");
                    if (!dynamicPrefix && !keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Keys also travel as plain strings: a notice's message key, a refusal's reason, a status held
     * in a record. Any literal shaped like a key whose first part names a family of translations
     * ({@code notice.}, {@code submission.}, …) must be a key, so no user ever reads a raw one.
     */
    @Test
    void every_literal_shaped_like_a_key_of_a_known_family_is_translated() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Set<String> families = new TreeSet<>();
        keys.forEach(k -> families.add(k.substring(0, k.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]*[a-zA-Z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    String candidate = m.group(1);
                    int lineStart = source.lastIndexOf('\n', m.start()) + 1;
                    if (STORED.matcher(source.substring(lineStart, m.start())).find()) {
                        continue; // a table.column, not a key
                    }
                    boolean ofAFamily = families.contains(candidate.substring(0, candidate.indexOf('.') + 1));
                    if (ofAFamily && !keys.contains(candidate) && !NOT_KEYS.contains(candidate)) {
                        missing.add(file.getFileName() + ": " + candidate);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A literal right inside {@code @Stored(...)} names a table and column. */
    private static final Pattern STORED = Pattern.compile("@Stored\\(\\{?\\s*(\"[^\"]*\",\\s*)*$");

    /** Literals of a key family's shape that are something else (a file name, a property). */
    private static final Set<String> NOT_KEYS = Set.of(
            // names under which a form's autosaved draft is kept
            "consultation.comment", "consultation.commentEdit", "consultation.commentPart");
}
