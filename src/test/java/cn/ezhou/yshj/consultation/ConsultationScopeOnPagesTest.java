package cn.ezhou.yshj.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** A consultation addressed to some associations: another association opening its address sees "not found". */
class ConsultationScopeOnPagesTest extends PortalViewTest {

    @Autowired ConsultationService consultations;
    @Autowired AssociationService associations;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
        security.clearContext();
    }

    private String headingOf(long id) {
        UI.getCurrent().navigate("consultations/" + id);
        return $(H2.class).first().getText();
    }

    @Test
    @WithMockUser(roles = "ASSOCIATION")
    void only_the_associations_addressed_see_a_consultation_that_is_not_public() {
        ConsultationFixture f = new ConsultationFixture(security, accounts, associations);
        f.as(ConsultationFixture.DRAFTER);
        LocalDate today = LocalDate.now(clock);
        long id = consultations.open(ConsultationFixture.open(null, today.plusDays(40), null, Set.of("LOGISTICS"),
                false, false));

        f.as(f.catering);
        assertThat(headingOf(id)).isEqualTo("未找到该征求意见，或您无权查看");
        f.as(f.logistics);
        assertThat(headingOf(id)).isEqualTo("物流业降本增效若干措施（征求意见稿）");
    }
}
