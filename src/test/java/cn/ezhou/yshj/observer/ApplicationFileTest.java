package cn.ezhou.yshj.observer;

import static cn.ezhou.yshj.observer.ObserverFixtures.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.attachment.AttachmentRecord;
import cn.ezhou.yshj.attachment.AttachmentService;
import cn.ezhou.yshj.attachment.FileTypesTest;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.support.PortalTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A visitor's application carries one optional file; only the office reads it; a form binds only its own uploads. */
@PortalTest
class ApplicationFileTest {

    @Autowired
    ObserverService observers;
    @Autowired
    AttachmentService attachments;
    @Autowired
    SecurityContextHolderStrategy security;

    private long idOf(String name) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("office", "x",
                List.of(new SimpleGrantedAuthority("ROLE_OFFICE"))));
        return observers.roster(new RosterFilter(null, null, null, null, null, name), PageRequest.of(0, 5))
                .getContent().getFirst().id();
    }

    @Test
    @WithAnonymousUser
    void the_recommendation_letter_reaches_the_office_with_the_application() throws Exception {
        String form = UUID.randomUUID().toString();
        byte[] pdf = FileTypesTest.pdf();
        AttachmentRecord letter = attachments.storeUnbound(form, "推荐函.pdf", pdf);
        String otherForm = UUID.randomUUID().toString();
        assertThatThrownBy(() -> observers.apply(applicant("冒用者"), otherForm, List.of(letter.id())))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.notFound");
        AttachmentRecord second = attachments.storeUnbound(form, "第二份.pdf", pdf);
        assertThatThrownBy(() -> observers.apply(applicant("贪多者"), form, List.of(letter.id(), second.id())))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.tooMany");

        observers.apply(applicant("萧峰"), form, List.of(letter.id()));
        long id = idOf("萧峰");
        assertThat(observers.applicationFiles(id)).extracting(AttachmentRecord::fileName).containsExactly("推荐函.pdf");
        assertThat(observers.applicationFile(id, letter.id())).isEqualTo(pdf);
        assertThat(observers.roster(new RosterFilter(null, null, null, null, null, "冒用者"), PageRequest.of(0, 5))
                .getContent()).as("a refused application leaves nothing behind").isEmpty();
        security.clearContext();
    }
}
