package cn.ezhou.yshj.observer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** The charter is public, versioned, and every observer acknowledges each new version. */
@PortalTest
class CharterServiceTest {

    @Autowired
    CharterService charters;
    @Autowired
    SecurityContextHolderStrategy security;

    private void as(String username, String role) {
        security.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(username, "x",
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void the_seeded_charter_lists_rights_and_obligations() {
        assertThat(charters.current()).get().satisfies(c -> assertThat(c.text()).contains("观察员的权利", "每季度至少提出一条意见建议"));
    }

    @Test
    @WithMockUser(username = "charter-reader", roles = "OBSERVER")
    void an_observer_acknowledges_and_a_new_version_asks_again() {
        assertThat(charters.acknowledgementPending()).isTrue();
        int version = charters.current().orElseThrow().versionNumber();
        charters.acknowledge(version);
        assertThat(charters.acknowledgementPending()).isFalse();
        assertThat(charters.acknowledgedCurrentAt()).isPresent();

        as("office", "OFFICE");
        CharterRecord next = charters.publish(charters.current().orElseThrow().text() + "\n（六）按时报送履职情况。");
        assertThat(next.versionNumber()).isEqualTo(version + 1);
        assertThat(next.acknowledged()).isZero();

        as("charter-reader", "OBSERVER");
        assertThat(charters.acknowledgementPending()).isTrue();
        assertThatThrownBy(() -> charters.acknowledge(version)).isInstanceOf(Refusal.class).hasMessage("charter.error.outdated");
        charters.acknowledge(next.versionNumber());
        assertThat(charters.acknowledgementPending()).isFalse();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_empty_charter_is_refused_and_the_office_is_never_asked_to_acknowledge() {
        assertThatThrownBy(() -> charters.publish("  ")).isInstanceOf(Refusal.class).hasMessage("charter.error.empty");
        assertThat(charters.acknowledgementPending()).isFalse();
    }

    @Test
    @WithMockUser(username = "observer", roles = "OBSERVER")
    void an_observer_cannot_publish_the_charter() {
        assertThatThrownBy(() -> charters.publish("新内容")).isInstanceOf(AccessDeniedException.class);
    }
}
