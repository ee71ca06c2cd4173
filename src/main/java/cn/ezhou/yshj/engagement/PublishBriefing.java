package cn.ezhou.yshj.engagement;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.RequiredText;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Publish a briefing now to observers and/or associations; attachments were uploaded under {@code formKey}.
 * {@code confidential} marks it 保密 (内部资料 注意保密).
 */
public record PublishBriefing(
        @RequiredText(message = "briefing.error.titleRequired") @Stored("briefing.title") @Size(max = 200, message = "briefing.error.titleLength") String title,
        @RequiredText(message = "briefing.error.bodyRequired") @Stored("briefing.body") @Size(max = 8000, message = "briefing.error.bodyLength") String body,
        boolean toObservers,
        boolean toAssociations,
        String formKey,
        List<Long> attachmentIds,
        boolean confidential) {

    public PublishBriefing {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A briefing not marked confidential. */
    public PublishBriefing(String title, String body, boolean toObservers, boolean toAssociations, String formKey,
                           List<Long> attachmentIds) {
        this(title, body, toObservers, toAssociations, formKey, attachmentIds, false);
    }
}
