package cn.ezhou.yshj.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo password is hashed once, at the production cost; every other password as always. */
class DemoPasswordOnceTest {

    private final PasswordEncoder production = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final DemoPasswordOnce encoder = new DemoPasswordOnce(production);

    @Test
    void the_demo_accounts_share_one_hash_of_their_one_password() {
        String first = encoder.encode(DemoAccounts.PASSWORD);
        assertThat(encoder.encode(new StringBuilder(DemoAccounts.PASSWORD))).isEqualTo(first);
        assertThat(first).startsWith("{bcrypt}$2a$10$");
        assertThat(production.matches(DemoAccounts.PASSWORD, first)).isTrue();
    }

    @Test
    void any_other_password_gets_a_salt_of_its_own_at_the_production_cost() {
        String one = encoder.encode("Another#2026pass");
        String two = encoder.encode("Another#2026pass");
        assertThat(one).isNotEqualTo(two).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder.matches("Another#2026pass", one)).isTrue();
        assertThat(encoder.matches(DemoAccounts.PASSWORD, one)).isFalse();
    }
}
