package cn.ezhou.yshj.bench;

import cn.ezhou.yshj.submission.Rating;
import cn.ezhou.yshj.submission.ResultType;
import cn.ezhou.yshj.submission.internal.Submission;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes items as the desks do, through the entity (so each change sets its mark as in use),
 * spread evenly over all items, a quarter each: given to another department with a new deadline
 * (a move), replied to, rated, reopened with a later deadline (a move within the department).
 */
final class ItemChanges {

    private final EntityManager em;
    private final TransactionTemplate tx;
    private final long maxId;

    ItemChanges(EntityManager em, TransactionTemplate tx, long maxId) {
        this.em = em;
        this.tx = tx;
        this.maxId = maxId;
    }

    /** Changes {@code count} distinct items chosen by {@code seed}, in transactions of 100. */
    java.util.List<Long> change(int count, long seed) {
        Random random = new Random(seed);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        while (ids.size() < count) {
            ids.add(1 + (long) (random.nextDouble() * maxId));
        }
        Long[] all = ids.toArray(Long[]::new);
        Instant now = Instant.parse("2026-11-30T02:00:00Z");
        for (int from = 0; from < all.length; from += 100) {
            int start = from;
            tx.executeWithoutResult(status -> {
                for (int i = start; i < Math.min(all.length, start + 100); i++) {
                    Submission s = em.find(Submission.class, all[i]);
                    if (s != null) {
                        change(s, i % 4, random, now);
                    }
                }
            });
            em.clear();
        }
        return java.util.List.of(all);
    }

    private static void change(Submission s, int kind, Random random, Instant now) {
        LocalDate deadline = s.getDeadline() == null ? LocalDate.parse("2026-12-07") : s.getDeadline();
        switch (kind) {
            case 0 -> s.assign(SubmissionDataGenerator.UNITS.get(random.nextInt(SubmissionDataGenerator.UNITS.size())),
                    deadline.plusDays(1 + random.nextInt(20)), false);
            case 1 -> s.reply(ResultType.RESOLVED, "已办理。", now.minusSeconds(random.nextInt(86_400 * 60)));
            case 2 -> s.rate(Rating.values()[random.nextInt(Rating.values().length)], null, random.nextBoolean(), now);
            default -> s.reopen(deadline.plusDays(5 + random.nextInt(10)));
        }
    }
}
