package cn.ezhou.yshj.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Assignment to a lead department with optional co-departments; urgent items get the short deadline. */
public record AssignCommand(@NotBlank(message = "submission.error.leadUnit") @Size(max = 32, message = "submission.error.code") String leadUnit, List<String> coUnits, boolean urgent) {

    public AssignCommand {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
    }
}
