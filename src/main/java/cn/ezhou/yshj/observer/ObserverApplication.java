package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Stored;
import jakarta.validation.constraints.Email;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An application (from a visitor) or a nomination (by the office). ID and mobile are checked by the service. */
public record ObserverApplication(
        @RequiredText(message = "observer.error.name") @Stored("observer.name") @Size(min = 2, max = 30, message = "observer.error.name") String name,
        @NotNull(message = "observer.error.gender") Gender gender,
        @RequiredText(message = "validation.idNumber") String idNumber,
        @RequiredText(message = "validation.mobile") String mobile,
        @Email(message = "account.error.emailFormat") @Stored("observer.email") @Size(max = 120, message = "account.error.emailFormat") String email,
        @RequiredText(message = "observer.error.employer") @Stored("observer.employer") @Size(max = 100, message = "observer.error.employer") String employer,
        @Stored("observer.title") @Size(max = 60, message = "observer.error.tooLong") String title,
        @RequiredText(message = "observer.error.category") String category,
        @NotNull(message = "observer.error.level") ObserverLevel level,
        String districtCode,
        @Stored("observer.industry") @Size(max = 60, message = "observer.error.tooLong") String industry,
        @Stored("observer.recommending_unit") @Size(max = 100, message = "observer.error.tooLong") String recommendingUnit,
        @Stored("observer.motivation") @Size(max = 2000, message = "observer.error.motivationLength") String motivation) {
}
