package cn.ezhou.yshj.security.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder of the dev profile: every demo account has the one published demo password
 * (the dev accounts and the demo city's 88 people), so its hash — BCrypt at the production cost —
 * is computed once and given to each of them, instead of once per account, which was seconds of a
 * fresh demo's start. Any other password is hashed afresh, with a salt of its own, as in
 * production; checking a password is the delegate's alone. Never used with the prod profile
 * ({@code SecurityConfig}).
 */
public final class DemoPasswordOnce implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private volatile String demoHash;

    public DemoPasswordOnce(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (rawPassword == null || !DemoAccounts.PASSWORD.contentEquals(rawPassword)) {
            return delegate.encode(rawPassword);
        }
        String hash = demoHash;
        if (hash == null) {
            hash = delegate.encode(rawPassword);
            demoHash = hash;
        }
        return hash;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
