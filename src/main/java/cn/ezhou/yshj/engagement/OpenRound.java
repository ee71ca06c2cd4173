package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import cn.ezhou.yshj.base.UserText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Open a satisfaction round rated between {@code opensOn} and {@code closesOn} (both days included).
 * No departments chosen means every active department; no dimensions means {@link RoundService#DEFAULT_DIMENSIONS}.
 */
public record OpenRound(
        @RequiredText(message = "round.error.titleRequired") @Stored("satisfaction_round.title") @Size(max = 200, message = "round.error.titleLength") String title,
        Set<String> departments,
        List<String> dimensions,
        @NotNull(message = "round.error.opensRequired") LocalDate opensOn,
        @NotNull(message = "round.error.closesRequired") LocalDate closesOn) {

    public OpenRound {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        dimensions = dimensions == null ? List.of() : dimensions.stream().map(UserText::strip).toList();
    }
}
