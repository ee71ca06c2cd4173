package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.TriageAdvice;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * At each assignment: records what the advice would have suggested beside what the office chose,
 * and teaches the index the decision once the assignment is committed. At receipt: the item joins
 * the index, so the next similar item finds it.
 */
@Component
public class RoutingLedger {

    private final TriageIndex index;
    private final RoutingChoiceRepository choices;
    private final Clock clock;

    RoutingLedger(TriageIndex index, RoutingChoiceRepository choices, Clock clock) {
        this.index = index;
        this.choices = choices;
        this.clock = clock;
    }

    public void received(Submission item) {
        index.learnAfterCommit(IndexedItem.of(item, item.getLeadUnit()));
    }

    public void assigned(Submission item, String chosen) {
        IndexedItem decided = IndexedItem.of(item, chosen);
        TriageAdvice advice = index.suggest(decided.text(), item.getId());
        int rank = advice.unitCodes().indexOf(chosen) + 1;
        choices.save(new RoutingChoice(item.getId(), String.join(",", advice.unitCodes()), chosen, rank,
                clock.instant()));
        index.learnAfterCommit(decided);
    }
}
