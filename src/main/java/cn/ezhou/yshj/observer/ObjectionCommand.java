package cn.ezhou.yshj.observer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of the public objects to a candidate under publicity. */
public record ObjectionCommand(
        long observerId,
        @NotBlank(message = "observer.error.objectorName") @Size(max = 30, message = "observer.error.tooLong") String name,
        @NotBlank(message = "observer.error.contact") @Size(max = 60, message = "observer.error.tooLong") String contact,
        @NotBlank(message = "observer.error.objectionReason") @Size(max = 2000, message = "observer.error.tooLong") String reason) {
}
