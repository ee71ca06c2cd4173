package cn.ezhou.yshj.security.internal;

import cn.ezhou.yshj.base.AbstractEntity;
import cn.ezhou.yshj.security.InvitationSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** An invitation to activate an account, accepted once with a local password or an OIDC identity. */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;
    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;
    @Column(length = 120)
    private String email;
    @Column(nullable = false, length = 100)
    private String roles;
    @Column(name = "org_unit_code", length = 32)
    private String orgUnitCode;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;
    @Column(nullable = false)
    private boolean revoked;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Invitation() {
    }

    public Invitation(String code, String displayName, String email, Set<String> roles, String orgUnitCode,
                      Instant expiresAt, String createdBy, Instant createdAt) {
        this.code = code;
        this.displayName = displayName;
        this.email = email;
        this.roles = RoleSet.join(roles);
        this.orgUnitCode = orgUnitCode;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && !revoked && expiresAt.isAfter(now);
    }

    public UserAccount accept(String username, Instant now) {
        this.acceptedAt = now;
        this.acceptedBy = username;
        return new UserAccount(username, displayName, email, RoleSet.split(roles), orgUnitCode, now);
    }

    public void revoke() {
        this.revoked = true;
    }

    public String getEmail() {
        return email;
    }

    public InvitationSummary toSummary() {
        return new InvitationSummary(getId(), code, displayName, email, RoleSet.split(roles), orgUnitCode, expiresAt,
                acceptedAt, acceptedBy, revoked, createdBy);
    }
}
