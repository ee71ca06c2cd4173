package cn.ezhou.yshj.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.submission.Mentionable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding @mentions in Chinese and Latin text, without spaces after names and without mistaking e-mail addresses. */
class MentionsTest {

    private static final List<Mentionable> ELIGIBLE = List.of(
            new Mentionable("zhangsan", "张三", "FGW", "张三"),
            new Mentionable("zhangsanfeng", "张三丰", "KJJ", "张三丰"),
            new Mentionable("li1", "李四", "OFFICE", "li1"),
            new Mentionable("li2", "李四", "FGW", "li2"),
            new Mentionable("dept", "dept", "FGW", "dept"));

    @Test
    void the_longest_name_wins_and_needs_no_space_after_it() {
        Mentions.Found found = Mentions.in("@张三丰请核实，请@张三 跟进；@zhangsan再看", ELIGIBLE);
        assertThat(found.mentioned()).isEqualTo(Map.of("zhangsanfeng", "张三丰", "zhangsan", "张三"));
        assertThat(found.unknown()).isEmpty();
    }

    @Test
    void an_email_address_and_a_lone_at_are_plain_text() {
        Mentions.Found found = Mentions.in("邮箱 zhangsan@张三.cn，价格 @ 10元", ELIGIBLE);
        assertThat(found.mentioned()).isEmpty();
        assertThat(found.unknown()).isEmpty();
    }

    @Test
    void anyone_else_is_named_and_a_shared_display_name_is_ambiguous() {
        Mentions.Found found = Mentions.in("@王五，@dept-rsj. @李四请看", ELIGIBLE);
        assertThat(found.unknown()).containsExactly("王五", "dept-rsj");
        assertThat(found.ambiguous()).containsExactly("李四");
        assertThat(Mentions.in("@li2 请看", ELIGIBLE).mentioned()).containsOnlyKeys("li2");
    }
}
