package cn.ezhou.yshj.notification;

import java.util.List;

/**
 * Something to tell people. Any module publishes it as an application event inside its own
 * transaction; the notification module stores it for each recipient (in-app) and queues an
 * e-mail. The message is a translation key, rendered in each recipient's language; the link is
 * a portal route such as {@code submissions/42}.
 */
public record Notice(List<String> recipients, String messageKey, List<String> args, String link) {

    public Notice {
        recipients = List.copyOf(recipients);
        args = args == null ? List.of() : List.copyOf(args);
    }
}
