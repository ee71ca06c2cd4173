package cn.ezhou.yshj.consultation;

import java.time.LocalDate;

/** A line of a consultation list. */
public record ConsultationSummary(long id, String reference, String title, String draftingUnit, LocalDate opensOn,
                                  LocalDate closesOn, ConsultationPhase phase, boolean toPublic, LocalDate answerDue) {
}
