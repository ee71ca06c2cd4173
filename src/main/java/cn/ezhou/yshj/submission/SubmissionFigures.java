package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.ItemFactsRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts about all items for the office's figures (dashboard, league table, bulletins).
 * The figures are aggregated by the oversight module from pages of narrow rows walked in id
 * order, so no query ever holds a million rows at once. Like {@link SubmitterStatistics}, a
 * server-side lookup without a permission check of its own: the services that show figures decide
 * who may see them.
 */
@Component
@Transactional(readOnly = true)
public class SubmissionFigures {

    /** The largest page {@link #page} returns. */
    public static final int MAX_PAGE = 10_000;

    private final ItemFactsRepository facts;
    private final Deadlines deadlines;

    SubmissionFigures(ItemFactsRepository facts, Deadlines deadlines) {
        this.facts = facts;
        this.deadlines = deadlines;
    }

    /** Up to {@code size} items with an id above {@code afterId}, in id order; drafts are left out. */
    public List<ItemFacts> page(long afterId, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page size " + size);
        }
        return facts.after(afterId, SubmissionState.DRAFT, PageRequest.of(0, size));
    }

    /** The last deadline that counts as due soon today (the warning rule, in working days ahead). */
    public LocalDate dueSoonLimit() {
        return deadlines.computeDueSoonLimit();
    }

    /** Today in the city's time zone, from the portal's clock. */
    public LocalDate today() {
        return deadlines.today();
    }
}
