package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.base.ui.PortalTranslations;
import cn.ezhou.yshj.security.AccountContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A digest is written in the recipient's language, and a long day is counted rather than cut off. */
class NoticeMailsTest {

    private final NoticeMails mails = new NoticeMails(new PortalTranslations(), "https://yshj.example.cn");
    private final Instant now = Instant.parse("2031-02-28T00:00:00Z");

    private static List<NotificationRecord> notices(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new NotificationRecord(i, "notice.submission.new",
                List.of("SQ2031-%06d".formatted(i), "标题".repeat(40)), "submissions/" + i, Instant.EPOCH, null)).toList();
    }

    @Test
    void a_long_day_lists_what_fits_and_counts_the_rest() {
        AccountContact zh = new AccountContact(1, "zh", "张三", "zh@test.invalid", PortalTranslations.CHINESE, null);
        var mail = mails.digest(zh, notices(60), LocalDate.of(2031, 2, 28), now);
        assertThat(mail.getBody()).hasSizeLessThan(4000).contains("张三，您好", "SQ2031-000001",
                "https://yshj.example.cn/submissions/1", "https://yshj.example.cn/notifications").doesNotContain("SQ2031-000060");
        int listed = (int) IntStream.rangeClosed(1, 60).filter(i -> mail.getBody().contains("SQ2031-%06d".formatted(i))).count();
        assertThat(mail.getBody()).contains("另有 " + (60 - listed) + " 条通知");
        assertThat(mail.getSubject()).isEqualTo("[鄂州市营商环境观察员与商会协会平台] 每日通知汇总 2031-02-28（60 条）");
    }

    @Test
    void an_english_reader_gets_the_digest_in_english() {
        AccountContact en = new AccountContact(2, "en", "Li Si", "en@test.invalid", PortalTranslations.ENGLISH, null);
        var mail = mails.digest(en, notices(2), LocalDate.of(2031, 2, 28), now);
        assertThat(mail.getSubject()).contains("Daily digest 2031-02-28 (2 notices)");
        assertThat(mail.getBody()).startsWith("Dear Li Si,").contains("SQ2031-000001", "SQ2031-000002")
                .doesNotContain("另有", "and 0 more");
    }
}
