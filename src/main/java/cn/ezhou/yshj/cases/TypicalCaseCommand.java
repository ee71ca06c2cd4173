package cn.ezhou.yshj.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Mark a closed item (by reference) as a typical case, or change one ({@code id}, {@code version}). */
public record TypicalCaseCommand(
        Long id,
        long version,
        String reference,
        @NotNull(message = "cases.error.kindRequired") CaseKind kind,
        @NotBlank(message = "cases.error.titleRequired") @Size(max = 200, message = "cases.error.titleLength") String title,
        @NotBlank(message = "cases.error.summaryRequired") @Size(max = 4000, message = "cases.error.summaryLength") String summary) {
}
