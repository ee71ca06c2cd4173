package cn.ezhou.yshj.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production jar started as {@code java -jar} without any profile: it starts, creates no demo
 * account (their password is in the README), and says how to create the first administrator.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutProfileEndToEndTest {

    @Test
    void a_start_without_a_profile_creates_no_account_and_says_how_to_create_an_administrator(CapturedOutput output) {
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:no-profile;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY;DB_CLOSE_DELAY=-1",
                "--portal.attachments.dir=" + System.getProperty("java.io.tmpdir") + "/portal-no-profile",
                "--vaadin.devmode.liveReload.enabled=false")) {
            assertThat(portal.getEnvironment().getActiveProfiles()).isEmpty();
            JdbcClient jdbc = portal.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from org_unit").query(Integer.class).single())
                    .as("the reference data is loaded all the same").isPositive();
        }
        assertThat(output).contains("No administrator account exists").contains("PORTAL_INITIAL_ADMIN_PASSWORD");
    }
}
