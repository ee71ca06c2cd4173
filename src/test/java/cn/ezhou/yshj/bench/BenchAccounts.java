package cn.ezhou.yshj.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** What the search benchmark needs in its database besides the items: varied texts, and a user per department. */
final class BenchAccounts {

    private BenchAccounts() {
    }

    static String departmentUser(String unit) {
        return "bench-dept-" + unit.toLowerCase();
    }

    /** One account with the DEPARTMENT role per unit, so each department's scope can be searched as its own user. */
    static void departmentUsers(DataSource dataSource, List<String> units, Clock clock) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement exists = c.prepareStatement("select count(*) from user_account where username = ?");
             PreparedStatement insert = c.prepareStatement("""
                     insert into user_account (username, display_name, roles, org_unit_code, created_at)
                     values (?, ?, 'DEPARTMENT', ?, ?)""")) {
            for (String unit : units) {
                exists.setString(1, departmentUser(unit));
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        continue;
                    }
                }
                insert.setString(1, departmentUser(unit));
                insert.setString(2, "基准测试 " + unit);
                insert.setString(3, unit);
                insert.setTimestamp(4, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
        }
    }

    /**
     * Refuses a database generated before the texts were varied (one title pattern for all): keyword
     * searches on it would time a few huge or empty hit lists, nothing like real ones.
     */
    static void requireVariedTexts(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select count(distinct title), count(*) from (select title from submission where id <= 2000) t")) {
            rs.next();
            if (rs.getLong(1) < rs.getLong(2) / 10) {
                throw new IllegalStateException("Only " + rs.getLong(1) + " different titles among the first "
                        + rs.getLong(2) + " items: the data predates the varied texts; drop it and run again");
            }
        }
    }
}
