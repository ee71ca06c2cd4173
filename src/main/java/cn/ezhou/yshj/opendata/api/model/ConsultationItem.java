package cn.ezhou.yshj.opendata.api.model;

import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.consultation.ConsultationSummary;
import cn.ezhou.yshj.opendata.api.NameBook;
import java.time.LocalDate;

/** A line of the consultation list. The window runs from {@code opensOn} to the end of {@code closesOn}, city time. */
public record ConsultationItem(long id, String reference, String title, Named draftingUnit, LocalDate opensOn,
                               LocalDate closesOn, ConsultationPhase phase, LocalDate answerDue) {

    public static ConsultationItem of(ConsultationSummary c, NameBook names) {
        return new ConsultationItem(c.id(), c.reference(), c.title(), names.unit(c.draftingUnit()), c.opensOn(),
                c.closesOn(), c.phase(), c.answerDue());
    }
}
