package cn.ezhou.yshj.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Publish a briefing now to observers and/or associations; attachments were uploaded under {@code formKey}. */
public record PublishBriefing(
        @NotBlank(message = "briefing.error.titleRequired") @Size(max = 200, message = "briefing.error.titleLength") String title,
        @NotBlank(message = "briefing.error.bodyRequired") @Size(max = 8000, message = "briefing.error.bodyLength") String body,
        boolean toObservers,
        boolean toAssociations,
        String formKey,
        List<Long> attachmentIds) {

    public PublishBriefing {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
