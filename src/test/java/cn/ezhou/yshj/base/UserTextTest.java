package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class UserTextTest {

    private static final String SPACES = " \u3000\u00A0\u2007\u202F\u200B\uFEFF\t\r\n";

    record Reply(@RequiredText(message = "reply.required") String text) {
    }

    @Test
    void ideographic_and_no_break_spaces_count_as_blank() {
        assertThat(UserText.isBlank("\u3000\u3000")).isTrue();
        assertThat(UserText.isBlank("\u00A0\u2007\u202F")).isTrue();
        assertThat(UserText.isBlank(SPACES)).isTrue();
        assertThat(UserText.isBlank(null)).isTrue();
        assertThat(UserText.isBlank("\u3000已办结\u3000")).isFalse();
    }

    @Test
    void stripping_removes_every_kind_of_space_at_both_ends_and_keeps_the_inside() {
        assertThat(UserText.strip(SPACES + "已取消\u3000复印件" + SPACES)).isEqualTo("已取消\u3000复印件");
        assertThat(UserText.strip(null)).isEmpty();
        assertThat(UserText.orNull("\u00A0")).isNull();
        assertThat(UserText.orNull(" 备注\u00A0")).isEqualTo("备注");
    }

    @Test
    void the_required_text_constraint_refuses_what_not_blank_let_through() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Reply("\u3000\u3000\u3000"))).extracting(v -> v.getMessage())
                    .containsExactly("reply.required");
            assertThat(validator.validate(new Reply("\u00A0"))).hasSize(1);
            assertThat(validator.validate(new Reply(null))).hasSize(1);
            assertThat(validator.validate(new Reply("\u3000已办结"))).isEmpty();
        }
    }

    @Test
    void one_line_text_carries_no_line_breaks() {
        assertThat(UserText.oneLine("通知\r\nBcc: x@example.cn\u2028\u0085")).isEqualTo("通知  Bcc: x@example.cn  ")
                .doesNotContain("\r", "\n");
        assertThat(UserText.oneLine(null)).isEmpty();
    }
}
