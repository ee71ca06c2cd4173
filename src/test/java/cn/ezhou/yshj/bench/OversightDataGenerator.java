package cn.ezhou.yshj.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Completes the submissions benchmark's items with what the oversight figures read and the
 * submissions generator leaves empty: reply times (one item in ten replied two days after its
 * deadline), a spread of ratings (defaulted ones among them) and reopenings. Repeatable (by id)
 * and done once: skipped when replies are already there.
 */
final class OversightDataGenerator {

    private OversightDataGenerator() {
    }

    static boolean enriched(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from submission where replied_at is not null")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static void enrich(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    update submission set replied_at = timestampadd(DAY, 16, submitted_at),
                      answered_at = timestampadd(DAY, 17, submitted_at)
                    where answered_at is not null and mod(id, 10) = 0""");
            s.executeUpdate("""
                    update submission set replied_at = timestampadd(DAY, -1, answered_at)
                    where answered_at is not null and mod(id, 10) <> 0""");
            s.executeUpdate("""
                    update submission set replied_at = timestampadd(DAY, 5, submitted_at)
                    where state = 'REPLIED'""");
            s.executeUpdate("""
                    update submission set
                      rating = case when mod(id, 20) = 1 then 'DISSATISFIED'
                                    when mod(id, 20) in (2, 3, 4, 5, 6) then 'BASICALLY_SATISFIED'
                                    else 'SATISFIED' end,
                      rating_defaulted = case when mod(id, 20) in (5, 6) then true else false end,
                      reopen_count = case when mod(id, 25) = 1 then 1 else 0 end
                    where state = 'CLOSED'""");
        }
    }
}
