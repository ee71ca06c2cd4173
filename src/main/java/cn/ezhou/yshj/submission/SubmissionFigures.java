package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.submission.internal.BucketItems;
import cn.ezhou.yshj.submission.internal.ChangeMark;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.ItemFactsRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final BucketItems bucketItems;
    private final JdbcTemplate jdbc;

    SubmissionFigures(ItemFactsRepository facts, Deadlines deadlines, BucketItems bucketItems, JdbcTemplate jdbc) {
        this.facts = facts;
        this.deadlines = deadlines;
        this.bucketItems = bucketItems;
        this.jdbc = jdbc;
    }

    /** Up to {@code size} items with an id above {@code afterId}, in id order; drafts are left out. */
    public List<ItemFacts> page(long afterId, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page size " + size);
        }
        return facts.after(afterId, SubmissionState.DRAFT, PageRequest.of(0, size));
    }

    /** Up to {@code limit} items changed since they were last counted (marked with every change in its transaction), in id order. */
    public List<ChangedItem> changed(int limit) {
        return facts.changed(PageRequest.of(0, limit)).stream().map(ChangeMark::item).toList();
    }

    /** Each item of these buckets as it is now, read many buckets a statement; drafts are left out. */
    public void inBuckets(Collection<FigureBucket> buckets, Consumer<ItemFacts> each) {
        bucketItems.read(buckets, each);
    }

    /**
     * Clears the marks of items counted, each only if the item is still at the version read: an item
     * changed meanwhile keeps its mark (and its earlier buckets) for the next count. The version
     * stays as it is, so nobody editing the item meets a conflict.
     */
    @Transactional
    public void counted(List<ChangedItem> items) {
        for (int from = 0; from < items.size(); from += MAX_PAGE) {
            List<Object[]> rows = items.subList(from, Math.min(items.size(), from + MAX_PAGE)).stream()
                    .map(i -> new Object[] {i.id(), i.version()}).toList();
            jdbc.batchUpdate(
                    "update submission set figures_dirty = false, figures_from = null where id = ? and version = ?",
                    rows);
        }
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
