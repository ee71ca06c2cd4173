package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An activity starting at {@code startsAt} (city time), with sign-up open until {@code signupDeadline};
 * {@code confidential} marks it 保密 (内部资料 注意保密).
 */
public record CreateActivity(
        @NotNull(message = "activity.error.kindRequired") ActivityKind kind,
        @RequiredText(message = "activity.error.titleRequired") @Stored("activity.title") @Size(max = 200, message = "activity.error.titleLength") String title,
        @RequiredText(message = "activity.error.descriptionRequired") @Stored("activity.description") @Size(max = 4000, message = "activity.error.descriptionLength") String description,
        @NotNull(message = "activity.error.startsRequired") LocalDateTime startsAt,
        @RequiredText(message = "activity.error.placeRequired") @Stored("activity.place") @Size(max = 200, message = "activity.error.placeLength") String place,
        @NotNull(message = "activity.error.capacityRange") @Min(value = 1, message = "activity.error.capacityRange")
        @Max(value = 10000, message = "activity.error.capacityRange") Integer capacity,
        @NotNull(message = "activity.error.deadlineRequired") LocalDateTime signupDeadline,
        boolean toObservers,
        boolean toAssociations,
        boolean confidential) {

    /** An activity not marked confidential. */
    public CreateActivity(ActivityKind kind, String title, String description, LocalDateTime startsAt, String place,
                          Integer capacity, LocalDateTime signupDeadline, boolean toObservers, boolean toAssociations) {
        this(kind, title, description, startsAt, place, capacity, signupDeadline, toObservers, toAssociations, false);
    }
}
