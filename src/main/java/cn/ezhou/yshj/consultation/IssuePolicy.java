package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.consultation.text.DraftPart;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Record an issued policy with its final text, optionally as the outcome of a consultation, and push it. */
public record IssuePolicy(
        @RequiredText(message = "policy.error.titleRequired") @Stored("policy.title") @Size(max = 200, message = "consultation.error.titleLength") String title,
        @Stored("policy.document_no") @Size(max = 64, message = "policy.error.documentNoLength") String documentNo,
        @RequiredText(message = "consultation.error.unitRequired") String issuingUnit,
        @NotNull(message = "policy.error.issuedOnRequired") LocalDate issuedOn,
        boolean benefit,
        Set<String> tags,
        boolean toObservers,
        @Stored("policy.summary") @Size(max = 2000, message = "policy.error.summaryLength") String summary,
        @NotEmpty(message = "consultation.error.textRequired") List<DraftPart> parts,
        Long consultationId) {

    public IssuePolicy {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
