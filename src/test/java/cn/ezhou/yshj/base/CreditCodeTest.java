package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "91440300708461136t"})
    void published_codes_pass_the_check(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.of(code).value()).isEqualTo(code.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "9135010OM000100Y43",
            "91350100I000100Y43", ""})
    void a_wrong_check_character_length_or_letter_is_refused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> CreditCode.of(code)).isInstanceOf(Refusal.class).hasMessage("validation.creditCode");
    }

    @Test
    void the_check_character_is_computed_from_the_first_seventeen() {
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
