package cn.ezhou.yshj.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "零, 0", "〇, 0", "一, 1", "十, 10", "十五, 15", "二十, 20", "一百, 100", "一百一十, 110",
        "一百零五, 105", "一百二十三, 123", "两百, 200", "一千零五, 1005", "一千零五十, 1050",
        "两千零二十四, 2024", "二〇二四, 2024", "九千九百九十九, 9999", "5, 5", "123, 123", "１２, 12"
    })
    void reads_chinese_and_arabic_numerals(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"0, 零", "10, 十", "11, 十一", "20, 二十", "105, 一百零五", "110, 一百一十",
        "123, 一百二十三", "1005, 一千零五", "1050, 一千零五十", "1500, 一千五百", "9999, 九千九百九十九"})
    void writes_numerals_as_administrative_texts_do(int value, String numeral) {
        assertThat(ChineseNumerals.format(value)).isEqualTo(numeral);
    }

    @Test
    void every_number_from_0_to_9999_survives_a_round_trip() {
        for (int n = 0; n <= ChineseNumerals.MAX; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).as("%d", n).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @CsvSource({"''", "条", "十十", "百", "一百零", "五十二十", "一万", "10000", "零零五十"})
    void refuses_what_is_not_a_numeral(String numeral) {
        assertThatThrownBy(() -> ChineseNumerals.parse(numeral)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_numbers_it_cannot_write() {
        assertThatThrownBy(() -> ChineseNumerals.format(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseNumerals.format(10_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
