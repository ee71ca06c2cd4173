package cn.ezhou.yshj.submission;

import java.time.LocalDate;
import java.util.List;

/**
 * An earlier item like the one being triaged, for the office: enough to judge a duplicate and act
 * on it (merge into it, or group both as a common problem), with the words they share.
 */
public record SimilarItem(long id, String reference, String title, SubmissionState state, LocalDate submittedOn,
                          String leadUnit, Long commonProblemId, List<String> sharedTerms) {

    public SimilarItem {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
