package cn.ezhou.yshj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.support.PortalTest;
import db.migration.V69__Pseudonym_per_item;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Items that carried one pseudonym per account get one each; the office's registered items keep theirs. */
@PortalTest
class PseudonymMigrationTest extends SubmissionFlowTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void each_item_of_one_account_gets_a_pseudonym_of_its_own() throws Exception {
        SubmissionDetail first = flow.submitted();
        SubmissionDetail second = flow.submitted();
        SubmissionDetail registered = flow.submitted();
        jdbc.update("update submission set pseudonym = 'GCY-0042' where id in (?, ?)", first.id(), second.id());
        jdbc.update("update submission set pseudonym = 'WB-0077' where id = ?", registered.id());

        try (Connection connection = dataSource.getConnection()) {
            new V69__Pseudonym_per_item().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        String a = pseudonym(first.id());
        String b = pseudonym(second.id());
        assertThat(a).matches("GCY-[A-HJKMNP-Z2-9]{6}");
        assertThat(b).matches("GCY-[A-HJKMNP-Z2-9]{6}").isNotEqualTo(a);
        assertThat(pseudonym(registered.id())).isEqualTo("WB-0077");
    }

    private String pseudonym(long id) {
        return jdbc.queryForObject("select pseudonym from submission where id = ?", String.class, id);
    }
}
