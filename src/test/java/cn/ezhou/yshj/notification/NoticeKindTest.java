package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every notice the portal can send has a named kind, so a person's choice covers it; a new module's
 * notices must be given a kind (and its name translated) rather than fall into "other".
 */
class NoticeKindTest {

    private static Properties translations(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NoticeKindTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The notice keys: those translated, and those written in the code (the translations test keeps them equal). */
    private static Set<String> noticeKeys() throws IOException {
        Set<String> keys = translations("translations.properties").stringPropertyNames().stream()
                .filter(k -> k.startsWith("notice.")).collect(Collectors.toCollection(TreeSet::new));
        Matcher m = Pattern.compile("\"(notice\\.[a-zA-Z]+\\.[a-zA-Z0-9.]+)\"").matcher("");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                m.reset(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_notice_key_has_a_named_kind_and_every_named_kind_has_notices() throws IOException {
        Set<String> keys = noticeKeys();
        assertThat(keys).contains("notice.submission.answered", "notice.consultation.opened", "notice.round.opened");
        assertThat(keys).filteredOn(k -> NoticeKind.of(k) == NoticeKind.OTHER).as("keys of no named kind").isEmpty();
        Set<NoticeKind> used = keys.stream().map(NoticeKind::of).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(NoticeKind.values()).filter(k -> k != NoticeKind.OTHER).toList());
    }

    @Test
    void a_key_is_filed_by_its_second_segment_and_anything_else_is_other() {
        assertThat(NoticeKind.of("notice.submission.answered")).isEqualTo(NoticeKind.SUBMISSION);
        assertThat(NoticeKind.of("notice.policy.pushed")).isEqualTo(NoticeKind.POLICY);
        assertThat(NoticeKind.of("notice.submissions.answered")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of("notice.unknown.thing")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of("mail.body")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of("notice.")).isEqualTo(NoticeKind.OTHER);
        assertThat(NoticeKind.of(null)).isEqualTo(NoticeKind.OTHER);
    }

    @Test
    void every_kind_and_choice_is_named_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_en.properties"}) {
            Set<String> names = translations(file).stringPropertyNames();
            assertThat(names).as(file).containsAll(Arrays.stream(NoticeKind.values()).map(NoticeKind::labelKey).toList())
                    .containsAll(Arrays.stream(MailChoice.values()).map(MailChoice::labelKey).toList());
        }
    }
}
