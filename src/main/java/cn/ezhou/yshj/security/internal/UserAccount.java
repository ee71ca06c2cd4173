package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.security.AccountSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A person's account: local password and/or a bound OpenID Connect identity, roles and lockout state. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;
    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;
    @Column(length = 120)
    private String email;
    @Column(name = "password_hash", length = 200)
    private String passwordHash;
    @Column(nullable = false, length = 100)
    private String roles;
    @Column(name = "org_unit_code", length = 32)
    private String orgUnitCode;
    @Column(name = "oidc_issuer", length = 255)
    private String oidcIssuer;
    @Column(name = "oidc_subject", length = 255)
    private String oidcSubject;
    @Column(nullable = false)
    private boolean enabled = true;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;
    @Column(name = "collapsed_menu")
    private String collapsedMenu;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Set<String> roles, String orgUnitCode,
                       Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = RoleSet.join(roles);
        this.orgUnitCode = orgUnitCode;
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void bindOidc(String issuer, String subject) {
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public void update(Set<String> roles, String orgUnitCode, boolean enabled) {
        this.roles = RoleSet.join(roles);
        this.orgUnitCode = orgUnitCode;
        this.enabled = enabled;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<String> roleSet() {
        return RoleSet.split(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getCollapsedMenu() {
        return collapsedMenu;
    }

    public void setCollapsedMenu(String collapsedMenu) {
        this.collapsedMenu = collapsedMenu;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public AccountSummary toSummary(Instant now) {
        return new AccountSummary(getId(), getVersion(), username, displayName, email, roleSet(), orgUnitCode,
                enabled, isLocked(now), oidcSubject != null, passwordHash != null, lastLoginAt);
    }
}
