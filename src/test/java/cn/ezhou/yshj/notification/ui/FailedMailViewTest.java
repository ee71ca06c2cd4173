package cn.ezhou.yshj.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.notification.FailedMail;
import cn.ezhou.yshj.notification.internal.OutboxMail;
import cn.ezhou.yshj.notification.internal.OutboxMailRepository;
import cn.ezhou.yshj.support.PortalViewTest;
import cn.ezhou.yshj.support.TestClock;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrator sees the e-mails the outbox gave up on, with translated headers. */
class FailedMailViewTest extends PortalViewTest {

    @Autowired OutboxMailRepository outbox;
    @Autowired TestClock clock;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_administrator_sees_a_given_up_email_with_its_address_and_attempts() {
        OutboxMail given = new OutboxMail("wrong-address@test.invalid", "观察员公示", "正文", clock.instant());
        given.failed("550 No such user", clock.instant(), Duration.ZERO, Duration.ZERO, 1);
        outbox.save(given);
        outbox.save(new OutboxMail("waiting@test.invalid", "观察员公示", "正文", clock.instant()));

        navigate(FailedMailView.class);
        @SuppressWarnings("unchecked")
        Grid<FailedMail> grid = $(Grid.class).id("failed-mail-grid");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).contains("收件地址", "尝试次数", "最后错误");
        var rows = test(grid);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(rows::getRow).map(FailedMail::recipient))
                .contains("wrong-address@test.invalid").doesNotContain("waiting@test.invalid");
    }
}
