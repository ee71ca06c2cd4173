package cn.ezhou.yshj.cases;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Mark a closed item (by reference) as a typical case, or change one ({@code id}, {@code version}). */
public record TypicalCaseCommand(
        Long id,
        long version,
        String reference,
        @NotNull(message = "cases.error.kindRequired") CaseKind kind,
        @RequiredText(message = "cases.error.titleRequired") @Stored("typical_case.title") @Size(max = 200, message = "cases.error.titleLength") String title,
        @RequiredText(message = "cases.error.summaryRequired") @Stored("typical_case.summary") @Size(max = 4000, message = "cases.error.summaryLength") String summary) {
}
