package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Assignment to a lead department with optional co-departments; urgent items get the short deadline. */
public record AssignCommand(@RequiredText(message = "submission.error.leadUnit") @Stored("submission.lead_unit") @Size(max = 32, message = "submission.error.code") String leadUnit, List<String> coUnits, boolean urgent) {

    public AssignCommand {
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
    }
}
