package cn.ezhou.yshj.submission.internal;

import cn.ezhou.yshj.submission.TriageAdvice;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * At each assignment: records what the advice would have suggested beside what the office chose,
 * and teaches the index the decision once the assignment is committed (a refused or rolled-back
 * assignment teaches nothing).
 */
@Component
public class RoutingLedger {

    private final RoutingIndex index;
    private final RoutingChoiceRepository choices;
    private final Clock clock;

    RoutingLedger(RoutingIndex index, RoutingChoiceRepository choices, Clock clock) {
        this.index = index;
        this.choices = choices;
        this.clock = clock;
    }

    public void assigned(Submission item, String chosen) {
        TriageAdvice advice = index.suggest(item.getTitle() + "\n" + item.getBody(), item.getId());
        int rank = advice.unitCodes().indexOf(chosen) + 1;
        choices.save(new RoutingChoice(item.getId(), String.join(",", advice.unitCodes()), chosen, rank,
                clock.instant()));
        RoutingDecision decision = new RoutingDecision(item.getId(), item.getTitle(), item.getBody(), chosen,
                item.getDomainCode());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.learn(decision);
                }
            });
        } else {
            index.learn(decision);
        }
    }
}
