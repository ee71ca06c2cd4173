package cn.ezhou.yshj.observer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An application (from a visitor) or a nomination (by the office). ID and mobile are checked by the service. */
public record ObserverApplication(
        @NotBlank(message = "observer.error.name") @Size(min = 2, max = 30, message = "observer.error.name") String name,
        @NotNull(message = "observer.error.gender") Gender gender,
        @NotBlank(message = "validation.idNumber") String idNumber,
        @NotBlank(message = "validation.mobile") String mobile,
        @Email(message = "account.error.emailFormat") @Size(max = 120, message = "account.error.emailFormat") String email,
        @NotBlank(message = "observer.error.employer") @Size(max = 100, message = "observer.error.employer") String employer,
        @Size(max = 60, message = "observer.error.tooLong") String title,
        @NotBlank(message = "observer.error.category") String category,
        @NotNull(message = "observer.error.level") ObserverLevel level,
        String districtCode,
        @Size(max = 60, message = "observer.error.tooLong") String industry,
        @Size(max = 100, message = "observer.error.tooLong") String recommendingUnit,
        @Size(max = 2000, message = "observer.error.motivationLength") String motivation) {
}
