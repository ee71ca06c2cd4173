package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.SearchWords;
import java.time.LocalDate;

/**
 * A search of items: words (over title, text, reply and reference) and filters; a null filter
 * does not filter. Received dates are days in the business zone, both ends included.
 */
public record ItemQuery(SearchWords words, LocalDate receivedFrom, LocalDate receivedTo, String districtCode,
                        String domainCode, String channelCode, boolean overdueOnly, SubmissionState state,
                        SubmissionType type, String unitCode, Order order) {

    /** How hits are ordered; relevance only means something with words. */
    public enum Order { RELEVANCE, NEWEST, OLDEST, DEADLINE }

    public ItemQuery {
        words = words == null ? SearchWords.none() : words;
        order = order == null ? (words.isEmpty() ? Order.NEWEST : Order.RELEVANCE) : order;
    }

    public static ItemQuery words(String typed) {
        return new ItemQuery(SearchWords.of(typed), null, null, null, null, null, false, null, null, null, null);
    }

    public ItemQuery withUnit(String unit) {
        return new ItemQuery(words, receivedFrom, receivedTo, districtCode, domainCode, channelCode, overdueOnly, state,
                type, unit, order);
    }
}
