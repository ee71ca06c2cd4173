package cn.ezhou.yshj.notification;

/**
 * How a kind of notice reaches a person by e-mail. The in-app notice (the bell) comes at once
 * whatever the choice.
 */
public enum MailChoice {
    /** One e-mail per notice, queued when the notice arrives (the default). */
    IMMEDIATE,
    /** The notices of the day listed in one e-mail, sent each morning. */
    DAILY,
    /** No e-mail; the bell only. */
    NONE;

    /** The translation key of the choice's name. */
    public String labelKey() {
        return "notification.choice." + name();
    }
}
