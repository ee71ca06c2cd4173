package cn.ezhou.yshj.engagement.internal;

import cn.ezhou.yshj.notification.Notice;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells people about rounds, briefings and activities; published inside the change's transaction. */
@Component
public class EngagementNotifier {

    private final ApplicationEventPublisher events;

    EngagementNotifier(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void send(Collection<String> recipients, String key, List<String> args, String link) {
        if (!recipients.isEmpty()) {
            events.publishEvent(new Notice(List.copyOf(recipients), key, args, link));
        }
    }
}
