package cn.ezhou.yshj.directory;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.internal.ReferenceEntry;
import cn.ezhou.yshj.directory.internal.ReferenceEntryRepository;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Keeping the reference lists that are not fixed by the plan (industry tags). Entries are never
 * deleted: associations, consultations and policies keep the codes they were given, so an entry that
 * is no longer wanted is deactivated and simply no longer offered.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ReferenceListService {

    private final ReferenceEntryRepository entries;
    private final AuditService audit;

    ReferenceListService(ReferenceEntryRepository entries, AuditService audit) {
        this.entries = entries;
        this.audit = audit;
    }

    /** Every entry of the list, inactive ones included, in display order. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICE')")
    public List<ReferenceEntryRecord> entries(ReferenceList list) {
        return entries.findByListOrderBySortAscCodeAsc(list).stream().map(ReferenceEntry::toRecord).toList();
    }

    /** Creates or changes an entry. A fixed list, a taken code or a stale version is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReferenceEntryRecord save(@Valid ReferenceEntryCommand command) {
        if (!command.list().adminEditable()) {
            throw new Refusal("reference.error.fixedList");
        }
        ReferenceEntry entry;
        if (command.id() == null) {
            if (entries.findByListAndCode(command.list(), command.code()).isPresent()) {
                throw new Refusal("directory.error.codeTaken", command.code());
            }
            entry = new ReferenceEntry(command.list(), command.code());
        } else {
            entry = entries.findById(command.id())
                    .filter(e -> e.toRecord().list() == command.list())
                    .orElseThrow(() -> new Refusal("reference.error.unknown"));
            if (entry.getVersion() != command.version()) {
                throw new Refusal("error.concurrentEdit");
            }
        }
        String nameEn = UserText.strip(command.nameEn());
        entry.editByAdmin(UserText.strip(command.nameZh()), nameEn, command.sort(), command.active());
        ReferenceEntry saved = entries.saveAndFlush(entry);
        audit.record(command.id() == null ? "REFERENCE_ENTRY_CREATE" : "REFERENCE_ENTRY_UPDATE", "ReferenceEntry",
                command.list() + ":" + saved.getCode(), AuditService.SUCCESS, saved.toRecord().nameZh());
        return saved.toRecord();
    }
}
