package cn.ezhou.yshj.consultation.internal;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.consultation.OpenConsultation;
import cn.ezhou.yshj.consultation.text.DraftPart;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules of a consultation's window and content. Art. 62 of 《优化营商环境条例》: a consultation
 * normally lasts at least 30 days; a shorter one needs its reason on record.
 */
public final class WindowRules {

    public static final int MINIMUM_DAYS = 30;
    public static final int ANSWER_WORKING_DAYS = 15;
    static final int MAX_PARTS = 1000;
    @Stored({"consultation_part.body", "policy_part.body"})
    public static final int MAX_PART_LENGTH = 20_000;
    @Stored({"consultation_part.label", "policy_part.label"})
    static final int MAX_LABEL_LENGTH = 40;
    @Stored({"consultation_part.title", "policy_part.title"})
    static final int MAX_TITLE_LENGTH = 200;

    private WindowRules() {
    }

    /** Days the window lasts from the start of {@code opensOn} to the end of {@code closesOn}. */
    public static long days(LocalDate opensOn, LocalDate closesOn) {
        return ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
    }

    /** The reason to record for a short window, null for a full one; refuses a short window without one. */
    public static String check(LocalDate today, LocalDate opensOn, LocalDate closesOn, String reason) {
        if (opensOn.isBefore(today)) {
            throw new Refusal("consultation.error.opensInPast");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new Refusal("consultation.error.closesInPast");
        }
        if (days(opensOn, closesOn) >= MINIMUM_DAYS) {
            return null;
        }
        if (UserText.isBlank(reason)) {
            throw new Refusal("consultation.error.shortWindowReason", MINIMUM_DAYS);
        }
        return UserText.strip(reason);
    }

    public static void checkAudience(OpenConsultation c) {
        if (c.audienceTags().isEmpty() && c.audienceAssociations().isEmpty() && !c.toObservers() && !c.toPublic()) {
            throw new Refusal("consultation.error.audienceRequired");
        }
    }

    public static void checkParts(List<DraftPart> parts) {
        if (parts.size() > MAX_PARTS) {
            throw new Refusal("consultation.error.tooManyParts", MAX_PARTS);
        }
        if (parts.stream().noneMatch(p -> p.commentable() && p.body() != null && !p.body().isBlank())) {
            throw new Refusal("consultation.error.textRequired");
        }
        for (DraftPart p : parts) {
            if ((p.body() != null && p.body().length() > MAX_PART_LENGTH) || (p.label() != null && p.label().length() > MAX_LABEL_LENGTH)
                    || (p.title() != null && p.title().length() > MAX_TITLE_LENGTH)) {
                throw new Refusal("consultation.error.partTooLong", p.label() == null ? "" : p.label());
            }
        }
    }
}
