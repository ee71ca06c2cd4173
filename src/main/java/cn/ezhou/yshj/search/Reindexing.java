package cn.ezhou.yshj.search;

import cn.ezhou.yshj.search.internal.IndexKeeper;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one change the index cannot see by itself: rows an indexed record embeds (an item's
 * departments, a consultation's articles) saved by their own repository. The owning service asks
 * for the record to be indexed again once its transaction has committed, read afresh in a new one.
 */
@Component
public class Reindexing {

    private final EntityManager entityManager;
    private final TransactionTemplate writing;
    private final IndexKeeper keeper;

    Reindexing(EntityManager entityManager, PlatformTransactionManager transactions, IndexKeeper keeper) {
        this.keeper = keeper;
        this.entityManager = entityManager;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void afterCommit(Class<?> type, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reindex(type, id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reindex(type, id);
            }
        });
    }

    private void reindex(Class<?> type, long id) {
        if (keeper.paused()) { // a bulk load: the rebuild at its end reads the record as committed
            return;
        }
        writing.executeWithoutResult(tx -> {
            Object record = entityManager.find(type, id);
            if (record != null) {
                Search.session(entityManager).indexingPlan().addOrUpdate(record);
            }
        });
    }
}
