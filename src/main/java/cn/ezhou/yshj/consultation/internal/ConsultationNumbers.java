package cn.ezhou.yshj.consultation.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out consultation numbers (ZQ-2026-0001…) from one counter row per year. The row is
 * incremented by a single UPDATE, which locks it until the opening's transaction ends, so two
 * consultations opened at the same moment never get the same number, and a rolled-back opening
 * leaves no gap. Counting the year's consultations, as before, gave both the same number.
 */
@Component
public class ConsultationNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ConsultationRepository consultations;

    ConsultationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ConsultationRepository consultations) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.consultations = consultations;
    }

    /** The year's next number; call it in the transaction that stores the consultation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        String prefix = "ZQ-" + year + "-";
        // Created first, by a plain read: an UPDATE of a missing row would hold a gap lock (MariaDB)
        // that the insert in its own transaction would then wait for.
        if (jdbc.queryForObject("select count(*) from consultation_counter where counter_year = ?", Integer.class, year) == 0) {
            createCounter(year, prefix);
        }
        if (jdbc.update("update consultation_counter set last_no = last_no + 1 where counter_year = ?", year) != 1) {
            throw new IllegalStateException("No consultation counter for " + year);
        }
        Integer number = jdbc.queryForObject("select last_no from consultation_counter where counter_year = ?",
                Integer.class, year);
        return prefix + String.format("%04d", number);
    }

    /** The year's first opening creates its row, starting after the numbers already given (before the counter existed). */
    private void createCounter(int year, String prefix) {
        try {
            ownTransaction.executeWithoutResult(s -> jdbc.update(
                    "insert into consultation_counter (counter_year, last_no) values (?, ?)",
                    year, consultations.countWithPrefix(prefix + "%")));
        } catch (DuplicateKeyException e) {
            // Another opening created the row a moment earlier: use it.
        }
    }
}
