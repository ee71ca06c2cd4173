package cn.ezhou.yshj.engagement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** An activity starting at {@code startsAt} (city time), with sign-up open until {@code signupDeadline}. */
public record CreateActivity(
        @NotNull(message = "activity.error.kindRequired") ActivityKind kind,
        @NotBlank(message = "activity.error.titleRequired") @Size(max = 200, message = "activity.error.titleLength") String title,
        @NotBlank(message = "activity.error.descriptionRequired") @Size(max = 4000, message = "activity.error.descriptionLength") String description,
        @NotNull(message = "activity.error.startsRequired") LocalDateTime startsAt,
        @NotBlank(message = "activity.error.placeRequired") @Size(max = 200, message = "activity.error.placeLength") String place,
        @NotNull(message = "activity.error.capacityRange") @Min(value = 1, message = "activity.error.capacityRange")
        @Max(value = 10000, message = "activity.error.capacityRange") Integer capacity,
        @NotNull(message = "activity.error.deadlineRequired") LocalDateTime signupDeadline,
        boolean toObservers,
        boolean toAssociations) {
}
