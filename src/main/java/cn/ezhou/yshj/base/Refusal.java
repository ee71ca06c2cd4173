package cn.ezhou.yshj.base;

import java.util.Arrays;

/**
 * A service's refusal of bad input or an illegal action. The message is a translation key, so
 * every screen can tell the user, in the user's language, what went wrong and what to do.
 */
public class Refusal extends RuntimeException {

    private final transient Object[] args;

    public Refusal(String messageKey, Object... args) {
        super(messageKey);
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
