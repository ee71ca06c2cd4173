package cn.ezhou.yshj.audit;

import java.time.Instant;

/** One audit entry as shown to the office and administrators. */
public record AuditRecord(long id, Instant occurredAt, String username, String roles, String action,
                          String objectType, String objectId, String result, String detail, String remoteAddress) {
}
