package cn.ezhou.yshj.audit.internal;

import cn.ezhou.yshj.audit.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An audit entry. Immutable: Hibernate never issues an update for it, and the repository has no delete. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String username;
    private String roles;
    private String action;
    @Column(name = "object_type")
    private String objectType;
    @Column(name = "object_id")
    private String objectId;
    private String result;
    private String detail;
    @Column(name = "remote_address")
    private String remoteAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String username, String roles, String action, String objectType,
                      String objectId, String result, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.roles = roles;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.result = result;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.remoteAddress = remoteAddress;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(id, occurredAt, username, roles, action, objectType, objectId, result, detail,
                remoteAddress);
    }
}
