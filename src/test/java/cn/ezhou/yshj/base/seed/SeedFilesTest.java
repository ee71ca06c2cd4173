package cn.ezhou.yshj.base.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedFilesTest {

    @Test
    void comments_and_blank_lines_are_skipped_and_quoted_fields_keep_their_commas() {
        List<SeedRow> rows = SeedFiles.parse("x.csv", "# head\n\nA,\"甲, 乙\",1\nB,\"say \"\"hi\"\"\",2\n", 3);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text(1)).isEqualTo("甲, 乙");
        assertThat(rows.get(0).line()).isEqualTo(3);
        assertThat(rows.get(1).text(1)).isEqualTo("say \"hi\"");
    }

    @Test
    void a_line_with_the_wrong_number_of_columns_names_the_file_and_line() {
        assertThatThrownBy(() -> SeedFiles.parse("org-units.csv", "A,B,C\nD,E\n", 3))
                .isInstanceOf(SeedFileException.class)
                .hasMessage("Reference data file org-units.csv, line 2: expected 3 columns but found 2");
    }

    @Test
    void a_bad_date_or_number_or_choice_is_reported_with_its_line() {
        SeedRow row = SeedFiles.parse("cal.csv", "\n2026-02-30,x,HOLIDAY\n", 3).get(0);
        assertThatThrownBy(() -> row.date(0)).hasMessageContaining("cal.csv, line 2")
                .hasMessageContaining("not a date");
        assertThatThrownBy(() -> row.number(1)).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> row.choice(2, Thread.State.class)).hasMessageContaining("unknown value 'HOLIDAY'");
    }

    @Test
    void an_unclosed_quote_is_refused() {
        assertThatThrownBy(() -> SeedFiles.parse("x.csv", "A,\"open\n", 2))
                .hasMessageContaining("line 1: a quoted field is not closed");
    }
}
