package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Publish a briefing now to observers and/or associations; attachments were uploaded under {@code formKey}. */
public record PublishBriefing(
        @RequiredText(message = "briefing.error.titleRequired") @Stored("briefing.title") @Size(max = 200, message = "briefing.error.titleLength") String title,
        @RequiredText(message = "briefing.error.bodyRequired") @Stored("briefing.body") @Size(max = 8000, message = "briefing.error.bodyLength") String body,
        boolean toObservers,
        boolean toAssociations,
        String formKey,
        List<Long> attachmentIds) {

    public PublishBriefing {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
