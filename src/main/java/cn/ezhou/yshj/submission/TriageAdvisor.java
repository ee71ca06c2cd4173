package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.ChineseTerms;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.IndexedItem;
import cn.ezhou.yshj.submission.internal.ItemIndex;
import cn.ezhou.yshj.submission.internal.RoutingChoiceRepository;
import cn.ezhou.yshj.submission.internal.TriageIndex;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final TriageIndex index;
    private final ItemIndex itemIndex;
    private final RoutingChoiceRepository choices;
    private final Clock clock;

    /** How far back similar items are looked for. */
    static final Period SIMILAR_WITHIN = Period.ofMonths(12);
    static final int SIMILAR_SHOWN = 5;
    /** The shared words shown as the reason of a match. */
    private static final int SHARED_SHOWN = 5;

    TriageAdvisor(SubmissionRepository items, TriageIndex index, ItemIndex itemIndex, RoutingChoiceRepository choices,
                  Clock clock) {
        this.items = items;
        this.index = index;
        this.itemIndex = itemIndex;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Up to five items received in the last twelve months, open or closed, whose words are nearest to
     * this one's, best first, each with the words they share. Only the office sees other people's
     * items this way; a submitter is shown nothing of them while writing.
     */
    public List<SimilarItem> similar(long id) {
        Submission item = items.findById(id).orElseThrow(() -> new Refusal("submission.error.notFound"));
        Instant since = ZonedDateTime.now(clock).minus(SIMILAR_WITHIN).toInstant();
        Set<String> terms = ChineseTerms.of(IndexedItem.text(item.getTitle(), item.getBody()));
        List<Long> nearest = itemIndex.nearest(terms, id, since, SIMILAR_SHOWN * 3);
        Map<Long, Submission> found = items.findAllById(nearest).stream()
                .collect(Collectors.toMap(Submission::getId, s -> s));
        return nearest.stream().map(found::get).filter(Objects::nonNull).map(s -> {
            Set<String> theirs = ChineseTerms.of(IndexedItem.text(s.getTitle(), s.getBody()));
            List<String> shared = terms.stream().filter(theirs::contains).limit(SHARED_SHOWN).toList();
            return shared.size() < 2 ? null : new SimilarItem(s.getId(), s.getReferenceNo(), s.getTitle(), s.getState(),
                    LocalDate.ofInstant(s.getSubmittedAt(), clock.getZone()), s.getLeadUnit(), s.getCommonProblemId(),
                    shared);
        }).filter(Objects::nonNull).limit(SIMILAR_SHOWN).toList();
    }

    /** The advice for a registered item, from its title and text. */
    public TriageAdvice advise(long id) {
        Submission item = items.findById(id).orElseThrow(() -> new Refusal("submission.error.notFound"));
        return index.suggest(IndexedItem.text(item.getTitle(), item.getBody()), id);
    }

    /**
     * The advice for a text not saved as an item, e.g. one the office is about to register. An empty
     * text gets no suggestion; of a very long one the opening is read.
     */
    public TriageAdvice advise(String title, String body) {
        return index.suggest(IndexedItem.text(title, body), 0);
    }

    /** How often the office's lead department was the first suggestion, or among the three, in [from, to). */
    public RoutingHitRate hitRate(Instant from, Instant to) {
        return choices.hitRate(from, to);
    }
}
