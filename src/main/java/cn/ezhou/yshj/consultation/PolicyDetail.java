package cn.ezhou.yshj.consultation;

import java.util.List;

/** An issued policy with its text; {@code relayedMembers} is the viewer's association's confirmation, if any. */
public record PolicyDetail(PolicySummary summary, String summaryText, List<DraftPartView> parts, Long consultationId,
                           String consultationReference, boolean mayConfirmRelay, Integer relayedMembers) {
}
