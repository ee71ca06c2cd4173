package cn.ezhou.yshj.base.ui;

import cn.ezhou.yshj.base.Refusal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Turns a service's refusal into a message in the user's language. */
public final class Errors {

    private Errors() {
    }

    /** The translated message for an exception a service threw on purpose; null for anything else. */
    public static String message(Component c, RuntimeException e) {
        if (e instanceof Refusal r) {
            return c.getTranslation(r.key(), r.args());
        }
        if (e instanceof ConstraintViolationException v && !v.getConstraintViolations().isEmpty()) {
            return c.getTranslation(v.getConstraintViolations().iterator().next().getMessage());
        }
        if (e instanceof ObjectOptimisticLockingFailureException) {
            return c.getTranslation("error.concurrentEdit");
        }
        if (e instanceof AccessDeniedException) {
            return c.getTranslation("error.accessDenied");
        }
        return null;
    }

    /** Runs an action; a refusal is shown as an error notification instead of failing the page. */
    public static boolean attempt(Component c, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            String message = message(c, e);
            if (message == null) {
                throw e;
            }
            Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    public static void success(Component c, String key, Object... args) {
        Notification n = Notification.show(c.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
