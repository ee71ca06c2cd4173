package cn.ezhou.yshj.security;

import java.time.Instant;
import java.util.Set;

/** An invitation to activate an account; the code is the secret part of the invitation link. */
public record InvitationSummary(long id, String code, String displayName, String email, Set<String> roles,
                                String orgUnitCode, Instant expiresAt, Instant acceptedAt, String acceptedBy,
                                boolean revoked, String createdBy) {

    public boolean isOpen(Instant now) {
        return acceptedAt == null && !revoked && expiresAt.isAfter(now);
    }
}
