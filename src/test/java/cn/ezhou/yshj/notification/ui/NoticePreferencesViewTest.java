package cn.ezhou.yshj.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.notification.MailChoice;
import cn.ezhou.yshj.notification.NoticeKind;
import cn.ezhou.yshj.notification.NoticePreferences;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import cn.ezhou.yshj.support.PortalViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/** From the notices page a person reaches one select per kind of notice and saves the choice, with a confirmation. */
class NoticePreferencesViewTest extends PortalViewTest {

    @Autowired NoticePreferences preferences;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;

    @Test
    @WithMockUser(username = "prefs-view", roles = "DEPARTMENT")
    void a_person_sets_a_kind_to_the_daily_digest_and_sees_it_saved() {
        new Actors(security, accounts).ensure("prefs-view", "FGW", "DEPARTMENT");
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.IMMEDIATE);
        navigate(NotificationsView.class);
        test($(RouterLink.class).id("notifications-settings")).click();

        @SuppressWarnings("unchecked")
        Select<MailChoice> submissions = $(Select.class).id("notice-preference-submission");
        assertThat(submissions.getLabel()).isEqualTo("诉求办理");
        assertThat(submissions.getValue()).isEqualTo(MailChoice.IMMEDIATE);
        assertThat($(Select.class).all()).hasSize(NoticeKind.values().length);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("notice-preferences-no-email").exists()).isFalse();

        test(submissions).selectItem("每日汇总");
        test($(Button.class).id("notice-preferences-save")).click();
        assertThat($(Notification.class).last()).satisfies(n -> assertThat(test(n).getText()).isEqualTo("通知方式已保存"));
        assertThat(preferences.mine()).containsEntry(NoticeKind.SUBMISSION, MailChoice.DAILY)
                .containsEntry(NoticeKind.CONSULTATION, MailChoice.IMMEDIATE);
        preferences.choose(NoticeKind.SUBMISSION, MailChoice.IMMEDIATE);
    }
}
