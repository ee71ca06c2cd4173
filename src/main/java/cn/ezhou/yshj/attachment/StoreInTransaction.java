package cn.ezhou.yshj.attachment;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the store in step with the database: a file written in a transaction that rolls back is
 * deleted again, and a file is deleted only once the transaction that forgets it has committed.
 * Neither an orphan file nor a row without its file is left behind.
 */
final class StoreInTransaction {

    private StoreInTransaction() {
    }

    static void put(AttachmentStore store, String key, byte[] content) {
        store.put(key, content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        store.delete(key);
                    }
                }
            });
        }
    }

    static void deleteAfterCommit(AttachmentStore store, String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            store.delete(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(key);
            }
        });
    }
}
