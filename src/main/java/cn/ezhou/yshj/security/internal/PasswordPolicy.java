package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.Refusal;

/** Local passwords: at least 12 characters, at most 128, and not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new Refusal("account.error.passwordTooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new Refusal("account.error.passwordTooLong", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new Refusal("account.error.passwordIsUsername");
        }
    }
}
