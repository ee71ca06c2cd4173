package cn.ezhou.yshj.notification;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import cn.ezhou.yshj.notification.internal.NotificationEntryRepository;
import org.junit.jupiter.api.Test;

class LiveNoticePollIdleTest {

    private final NotificationEntryRepository notifications = mock(NotificationEntryRepository.class);
    private final LiveNotices live = new LiveNotices();
    private final LiveNoticePoll poll = new LiveNoticePoll(live, notifications);

    @Test
    void an_instance_without_open_pages_does_not_query_the_database() {
        poll.poll();
        poll.poll();
        verifyNoInteractions(notifications);
    }

    @Test
    void the_first_page_to_listen_starts_the_poll_from_the_newest_notice_and_the_last_to_leave_stops_it() {
        Runnable stop = live.register("someone", () -> { });
        poll.poll();
        verify(notifications).maxId();
        stop.run();
        poll.poll();
        verifyNoMoreInteractions(notifications);
    }
}
