package cn.ezhou.yshj.association.internal;

import cn.ezhou.yshj.association.LiaisonRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who speaks for an association: bound by invitation code until the account exists. */
@Entity
@Table(name = "association_liaison")
public class Liaison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long associationId;
    private String displayName;
    private String invitationCode;
    private String username;
    private Instant createdAt;

    protected Liaison() {
    }

    public Liaison(long associationId, String displayName, String invitationCode, String username, Instant createdAt) {
        this.associationId = associationId;
        this.displayName = displayName;
        this.invitationCode = invitationCode;
        this.username = username;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public String getUsername() {
        return username;
    }

    public void activate(String username) {
        this.username = username;
    }

    public LiaisonRecord toRecord() {
        return new LiaisonRecord(id, displayName, username, invitationCode);
    }
}
