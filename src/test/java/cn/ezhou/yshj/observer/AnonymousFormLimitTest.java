package cn.ezhou.yshj.observer;

import static cn.ezhou.yshj.observer.ObserverFixtures.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.FileTypesTest;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import cn.ezhou.yshj.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The anonymous forms (and a visitor's uploads on them) take five sendings an hour from one client address, each on its own. */
@PortalTest
class AnonymousFormLimitTest {

    @Autowired
    ObserverService observers;
    @Autowired
    PublicityService publicity;
    @Autowired
    TestClock clock;
    @Autowired
    AttachmentService attachments;

    @BeforeEach
    @AfterEach
    void reset() {
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
    }

    /** The following calls come from a request of this client address. */
    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_sixth_application_in_an_hour_from_one_address_is_refused_until_the_hour_has_passed() {
        String address = someAddress();
        from(address);
        for (int i = 0; i < 5; i++) {
            assertThat(observers.apply(applicant("限流" + i))).isNotBlank();
        }
        assertThatThrownBy(() -> observers.apply(applicant("限流五")))
                .isInstanceOf(Refusal.class).hasMessage("publicForm.error.tooMany");

        from(someAddress());
        assertThat(observers.apply(applicant("别处来"))).as("another address").isNotBlank();

        from(address);
        clock.advance(Duration.ofHours(1));
        assertThat(observers.apply(applicant("一小时后"))).isNotBlank();
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void the_sixth_objection_in_an_hour_from_one_address_is_refused() {
        ObserverSummary s = observers.nominate(applicant("公示中"));
        observers.startReview(s.id());
        observers.approve(s.id());
        publicity.openPublicity(List.of(s.id()), LocalDate.now(clock));

        from(someAddress());
        for (int i = 0; i < 5; i++) {
            publicity.lodgeObjection(new ObjectionCommand(s.id(), "群众" + i, "13700137000", "有不同意见" + i));
        }
        assertThatThrownBy(() -> publicity.lodgeObjection(new ObjectionCommand(s.id(), "群众五", "13700137000", "第六条")))
                .isInstanceOf(Refusal.class).hasMessage("publicForm.error.tooMany");
        assertThat(publicity.objections(s.id())).hasSize(5);
    }

    @Test
    @WithMockUser(username = "office", roles = "OFFICE")
    void an_address_listed_as_unlimited_is_not_counted() {
        from("127.0.0.1");
        for (int i = 0; i < 6; i++) {
            assertThat(observers.apply(applicant("本机" + i))).isNotBlank();
        }
    }

    @Test
    @WithAnonymousUser
    void a_visitor_uploads_at_most_five_files_an_hour_on_the_public_forms() {
        from(someAddress());
        for (int i = 0; i < 5; i++) {
            attachments.storeUnbound(UUID.randomUUID().toString(), "推荐函" + i + ".pdf", FileTypesTest.pdf());
        }
        assertThatThrownBy(() -> attachments.storeUnbound(UUID.randomUUID().toString(), "第六份.pdf", FileTypesTest.pdf()))
                .isInstanceOf(Refusal.class).hasMessage("publicForm.error.tooMany");
    }
}
