package cn.ezhou.yshj.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity provider's roles claim grants only what the configuration allows, and never ADMIN or OFFICE. */
class ClaimRolesTest {

    private static final List<String> EVERY_ROLE = List.of("ADMIN", "role_office", "OBSERVER", "department", "ASSOCIATION");

    @Test
    void by_default_the_claim_grants_no_role_at_all() {
        assertThat(new ClaimRoles(List.of()).from(EVERY_ROLE)).isEmpty();
        assertThat(new ClaimRoles(List.of("")).from(EVERY_ROLE)).isEmpty();
    }

    @Test
    void only_the_allowed_roles_are_taken_from_the_claim() {
        ClaimRoles roles = new ClaimRoles(List.of("observer", " ROLE_DEPARTMENT "));
        assertThat(roles.from(EVERY_ROLE)).containsExactly("DEPARTMENT", "OBSERVER");
        assertThat(roles.from("OBSERVER")).as("a claim that is not a list").isEmpty();
        assertThat(roles.from(null)).isEmpty();
    }

    @Test
    void allowing_admin_or_office_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> new ClaimRoles(List.of("OBSERVER", "admin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.oidc.allowed-claim-roles must not contain ADMIN");
        assertThatThrownBy(() -> new ClaimRoles(List.of("ROLE_OFFICE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must not contain OFFICE");
        assertThatThrownBy(() -> new ClaimRoles(List.of("MAYOR")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown role 'MAYOR'");
    }
}
