package cn.ezhou.yshj.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A consultation as the viewer may see it, with what the viewer may do. */
public record ConsultationDetail(long id, String reference, String title, String draftingUnit, String explanation,
                                 LocalDate opensOn, LocalDate closesOn, String shortWindowReason, ConsultationPhase phase,
                                 boolean toObservers, boolean toPublic, Set<String> audienceTags,
                                 List<String> audienceAssociations, List<DraftPartView> parts, LocalDate answerDue,
                                 Instant reportPublishedAt, Long policyId, boolean mayComment, boolean drafter,
                                 boolean office) {

    public DraftPartView part(Long partId) {
        return partId == null ? null : parts.stream().filter(p -> p.id() == partId).findFirst().orElse(null);
    }
}
