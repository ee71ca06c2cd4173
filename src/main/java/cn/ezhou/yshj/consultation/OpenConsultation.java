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

/**
 * Open a consultation on {@code opensOn} (today when empty), closing at the end of {@code closesOn}. The parts are the draft as
 * the drafter corrected its automatic split. Attachments were uploaded under {@code formKey}.
 */
public record OpenConsultation(
        @RequiredText(message = "consultation.error.titleRequired") @Stored("consultation.title") @Size(max = 200, message = "consultation.error.titleLength") String title,
        @RequiredText(message = "consultation.error.unitRequired") String draftingUnit,
        @RequiredText(message = "consultation.error.explanationRequired") @Stored("consultation.explanation") @Size(max = 4000, message = "consultation.error.explanationLength") String explanation,
        @NotEmpty(message = "consultation.error.textRequired") List<DraftPart> parts,
        LocalDate opensOn,
        @NotNull(message = "consultation.error.closesRequired") LocalDate closesOn,
        @Stored("consultation.short_window_reason") @Size(max = 500, message = "consultation.error.reasonLength") String shortWindowReason,
        Set<String> audienceTags,
        Set<Long> audienceAssociations,
        boolean toObservers,
        boolean toPublic,
        String formKey,
        List<Long> attachmentIds) {

    public OpenConsultation {
        audienceTags = audienceTags == null ? Set.of() : Set.copyOf(audienceTags);
        audienceAssociations = audienceAssociations == null ? Set.of() : Set.copyOf(audienceAssociations);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
