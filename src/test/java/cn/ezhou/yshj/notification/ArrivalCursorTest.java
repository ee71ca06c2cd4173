package cn.ezhou.yshj.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArrivalCursorTest {

    @Test
    void ids_skipped_over_are_asked_for_again_until_they_appear() {
        ArrivalCursor cursor = new ArrivalCursor(10);
        cursor.saw(11);
        cursor.saw(14);
        assertThat(cursor.last()).isEqualTo(14);
        assertThat(cursor.gaps()).containsExactlyInAnyOrder(12L, 13L);
        cursor.saw(13);
        assertThat(cursor.gaps()).containsExactly(12L);
    }

    @Test
    void a_gap_never_filled_is_given_up_after_a_number_of_polls() {
        ArrivalCursor cursor = new ArrivalCursor(0);
        cursor.saw(2);
        for (int i = 1; i < ArrivalCursor.GAP_POLLS; i++) {
            cursor.polled();
        }
        assertThat(cursor.gaps()).containsExactly(1L);
        cursor.polled();
        assertThat(cursor.gaps()).isEmpty();
    }

    @Test
    void a_wide_jump_of_ids_remembers_a_bounded_number_of_gaps() {
        ArrivalCursor cursor = new ArrivalCursor(0);
        cursor.saw(1_000_000);
        assertThat(cursor.gaps()).hasSize(ArrivalCursor.MAX_GAPS);
        assertThat(cursor.last()).isEqualTo(1_000_000);
    }
}
