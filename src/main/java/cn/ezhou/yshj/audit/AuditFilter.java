package cn.ezhou.yshj.audit;

import java.time.LocalDate;

/**
 * What the audit log is narrowed to; every part is optional. {@code action} matches from the start
 * (SUBMISSION finds SUBMISSION_READ and SUBMISSION_ASSIGN), days are whole days in city time, both
 * ends included. {@code result} is {@link AuditService#SUCCESS} or {@link AuditService#REFUSED}.
 */
public record AuditFilter(String username, String action, String result, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
