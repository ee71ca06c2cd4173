package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.RoutingChoiceRepository;
import cn.ezhou.yshj.submission.internal.RoutingIndex;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing help for the office at triage: the three most likely lead departments for an item, with
 * why, learned from the office's own assignments and each department's duties; and how often the
 * office's choice was what the advice suggested. The office always decides (docs/decisions/0027).
 */
@Service
@PreAuthorize("hasRole('OFFICE')")
@Transactional(readOnly = true)
public class TriageAdvisor {

    private final SubmissionRepository items;
    private final RoutingIndex index;
    private final RoutingChoiceRepository choices;

    TriageAdvisor(SubmissionRepository items, RoutingIndex index, RoutingChoiceRepository choices) {
        this.items = items;
        this.index = index;
        this.choices = choices;
    }

    /** The advice for a registered item, from its title and text. */
    public TriageAdvice advise(long id) {
        Submission item = items.findById(id).orElseThrow(() -> new Refusal("submission.error.notFound"));
        return index.suggest(item.getTitle() + "\n" + item.getBody(), id);
    }

    /**
     * The advice for a text not saved as an item, e.g. one the office is about to register. An empty
     * text gets no suggestion; of a very long one the opening is read.
     */
    public TriageAdvice advise(String title, String body) {
        return index.suggest((title == null ? "" : title) + "\n" + (body == null ? "" : body), 0);
    }

    /** How often the office's lead department was the first suggestion, or among the three, in [from, to). */
    public RoutingHitRate hitRate(Instant from, Instant to) {
        return choices.hitRate(from, to);
    }
}
