package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A public consultation with its draft text article by article and its comment window; a window
 * under 30 days carries the drafter's reason. {@code policyId}: the policy issued from it, if any.
 */
public record ConsultationDocument(long id, String reference, String title, Named draftingUnit, String explanation,
                                   LocalDate opensOn, LocalDate closesOn, String shortWindowReason,
                                   ConsultationPhase phase, boolean commentsOpen, Audience audience, LocalDate answerDue,
                                   Instant reportPublishedAt, Long policyId, List<Article> articles) {

    /** Whom the consultation addresses besides the public: associations by industry tag or by name, and observers. */
    public record Audience(List<Named> industryTags, List<String> associations, boolean observers) {
    }

    public static ConsultationDocument of(ConsultationDetail d, NameBook names) {
        return new ConsultationDocument(d.id(), d.reference(), d.title(), names.unit(d.draftingUnit()), d.explanation(),
                d.opensOn(), d.closesOn(), d.shortWindowReason(), d.phase(), d.phase() == ConsultationPhase.OPEN,
                new Audience(names.tags(d.audienceTags()), List.copyOf(d.audienceAssociations()), d.toObservers()),
                d.answerDue(), d.reportPublishedAt(), d.policyId(), d.parts().stream().map(Article::of).toList());
    }
}
