package cn.ezhou.yshj.audit;

import cn.ezhou.yshj.base.ClientAddress;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.internal.AuditEntry;
import cn.ezhou.yshj.audit.internal.AuditEntryRepository;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. Writing needs no permission: every module records its own actions. */
@Service
public class AuditService {

    public static final String SUCCESS = "SUCCESS";
    public static final String REFUSED = "REFUSED";

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final CurrentUser currentUser;

    AuditService(AuditEntryRepository entries, Clock clock, CurrentUser currentUser) {
        this.entries = entries;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Records an action of the current user (or of "system" when nobody is logged in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, Object objectId, String result, String detail) {
        recordFor(currentUser.username().orElse("system"), String.join(",", currentUser.roles()), action, objectType,
                objectId, result, detail);
    }

    /**
     * Records a refused action in its own transaction: the refusal rolls back the caller's work,
     * and may come from a read-only transaction, but the attempt must stay on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefused(String action, String objectType, Object objectId, String detail) {
        record(action, objectType, objectId, REFUSED, detail);
    }

    /** Records an action on behalf of a named user, e.g. a failed login where nobody is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(String user, String roles, String action, String objectType, Object objectId,
                          String result, String detail) {
        entries.save(new AuditEntry(clock.instant(), UserText.oneLine(user), roles, action, objectType,
                objectId == null ? null : String.valueOf(objectId), result, detail, ClientAddress.current().orElse(null)));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
    @Transactional(readOnly = true)
    public Page<AuditRecord> page(Pageable pageable) {
        return entries.findAllByOrderByIdDesc(pageable).map(AuditEntry::toRecord);
    }

    /** The log narrowed by the filter, newest first, a page at a time. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
    @Transactional(readOnly = true)
    public Slice<AuditRecord> search(AuditFilter filter, Pageable pageable) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new Refusal("audit.error.periodOrder");
        }
        if (tooLong(filter.username()) || tooLong(filter.action())) {
            throw new Refusal("audit.error.tooLong");
        }
        // A prefix: "_" in codes may match any character, which only ever widens by codes of the same shape.
        String action = blank(filter.action()) ? null
                : filter.action().strip().toUpperCase(Locale.ROOT).replace("%", "").replace("\\", "") + "%";
        return entries.search(blank(filter.username()) ? null : filter.username().strip(), action,
                blank(filter.result()) ? null : filter.result(),
                filter.from() == null ? null : filter.from().atStartOfDay(clock.getZone()).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                pageable).map(AuditEntry::toRecord);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.strip().length() > 64;
    }
}
