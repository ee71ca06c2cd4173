package cn.ezhou.yshj.consultation;

/** A consultation with comments still waiting for an answer. */
public record UnansweredConsultation(ConsultationSummary consultation, long unanswered) {
}
