package db.migration;

import cn.ezhou.yshj.submission.internal.Pseudonyms;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Items submitted before the pseudonym was drawn per item carry one per account ({@code GCY-0042}),
 * by which a department could link one person's items: each gets a name of its own. Items
 * registered by the office ({@code WB-…}) were per item already. In batches by id, so a large
 * database is neither read into memory at once nor updated in one statement.
 */
public class V69__Pseudonym_per_item extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        long after = 0;
        while (true) {
            Map<Long, String> batch = new LinkedHashMap<>();
            try (PreparedStatement select = context.getConnection().prepareStatement(
                    "select id, pseudonym from submission where id > ? and (pseudonym like 'GCY-%' or pseudonym like 'SH-%')"
                            + " order by id limit " + BATCH)) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String old = rows.getString(2);
                        batch.put(rows.getLong(1), Pseudonyms.next(old.substring(0, old.indexOf('-'))));
                    }
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            try (PreparedStatement update = context.getConnection().prepareStatement(
                    "update submission set pseudonym = ? where id = ?")) {
                for (Map.Entry<Long, String> e : batch.entrySet()) {
                    update.setString(1, e.getValue());
                    update.setLong(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            after = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }
}
