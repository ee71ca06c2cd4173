package cn.ezhou.yshj.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    static final String VALID_ID = "11010519491231002X";

    @Test
    void a_resident_id_with_the_right_checksum_is_accepted_and_masked() {
        IdNumber id = IdNumber.of("11010519491231002x");
        assertThat(id.value()).isEqualTo(VALID_ID);
        assertThat(id.masked()).isEqualTo("110***********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    @Test
    void a_wrong_checksum_a_short_number_or_an_impossible_birth_date_is_refused() {
        assertThat(IdNumber.isValid("110105194912310021")).as("wrong check digit").isFalse();
        assertThat(IdNumber.isValid("11010519491231002")).as("17 digits").isFalse();
        assertThat(IdNumber.isValid("110105194902300020")).as("30 February").isFalse();
        assertThatThrownBy(() -> IdNumber.of("110105194912310021"))
                .isInstanceOf(Refusal.class).hasMessage("validation.idNumber");
    }

    @Test
    void a_mobile_number_is_accepted_and_masked_but_a_landline_is_refused() {
        assertThat(MobileNumber.of("+86 138-0013-8000").masked()).isEqualTo("138****8000");
        assertThatThrownBy(() -> MobileNumber.of("027-60713456")).hasMessage("validation.mobile");
        assertThatThrownBy(() -> MobileNumber.of("12800138000")).hasMessage("validation.mobile");
    }
}
