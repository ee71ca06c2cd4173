package cn.ezhou.yshj.association;

import cn.ezhou.yshj.association.internal.Association;
import cn.ezhou.yshj.association.internal.AssociationRepository;
import cn.ezhou.yshj.association.internal.Liaison;
import cn.ezhou.yshj.association.internal.LiaisonRepository;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CreditCode;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.ReferenceItem;
import cn.ezhou.yshj.directory.ReferenceList;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.security.InvitationSummary;
import cn.ezhou.yshj.security.InviteCommand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The office's register of chambers and associations and their liaisons. Every change is audited. */
@Service
@Validated
@Transactional(readOnly = true)
public class AssociationService {

    private final AssociationRepository associations;
    private final LiaisonRepository liaisons;
    private final AccountService accountService;
    private final AccountDirectory accounts;
    private final AssociationDirectory lookups;
    private final DirectoryService directory;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssociationService(AssociationRepository associations, LiaisonRepository liaisons, AccountService accountService,
                       AccountDirectory accounts, AssociationDirectory lookups, DirectoryService directory,
                       AuditService audit, CurrentUser currentUser, Clock clock) {
        this.associations = associations;
        this.liaisons = liaisons;
        this.accountService = accountService;
        this.accounts = accounts;
        this.lookups = lookups;
        this.directory = directory;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    public Page<AssociationRecord> search(String filter, String tag, Pageable pageable) {
        String like = filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
        return associations.search(like, tag, pageable).map(a -> a.toRecord(java.util.List.of()));
    }

    /** Active associations by name, for choosing an audience. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN','DEPARTMENT')")
    public java.util.List<AssociationChoice> choices(String filter, Pageable pageable) {
        String like = filter == null || filter.isBlank() ? null : "%" + filter.strip().toLowerCase(Locale.ROOT) + "%";
        return associations.search(like, null, pageable).stream().filter(Association::isActive)
                .map(a -> new AssociationChoice(a.getId(), a.getName())).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    public AssociationRecord get(long id) {
        Association a = find(id);
        return a.toRecord(liaisons.findByAssociationIdOrderById(id).stream().map(Liaison::toRecord).toList());
    }

    /** The association the logged-in liaison speaks for. */
    @PreAuthorize("hasRole('ASSOCIATION')")
    @Transactional
    public Optional<Membership> mine() {
        return lookups.membershipOf(currentUser.username().orElseThrow());
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Transactional
    public AssociationRecord save(@Valid AssociationCommand command) {
        CreditCode code = CreditCode.of(command.creditCode());
        String name = command.name().strip();
        Association a = command.id() == null ? new Association(clock.instant()) : find(command.id());
        if (command.id() != null && a.getVersion() != command.version()) {
            throw new Refusal("error.concurrentEdit");
        }
        // A tag since deactivated may stay on an association that has it; it cannot be given anew.
        Set<String> known = directory.items(ReferenceList.INDUSTRY_TAG).stream().map(ReferenceItem::code)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        known.addAll(a.getTags());
        if (!known.containsAll(command.tags())) {
            throw new Refusal("association.error.unknownTag");
        }
        associations.findByCreditCode(code.value()).filter(o -> !o.equals(a)).ifPresent(o -> {
            throw new Refusal("association.error.creditCodeTaken", o.getName());
        });
        associations.findByName(name).filter(o -> !o.equals(a)).ifPresent(o -> {
            throw new Refusal("association.error.nameTaken");
        });
        a.apply(name, command.kind(), code.value(), command.tags(), command.memberCount());
        Association saved = associations.saveAndFlush(a);
        audit.record(command.id() == null ? "ASSOCIATION_CREATE" : "ASSOCIATION_UPDATE", "Association", saved.getId(),
                AuditService.SUCCESS, name);
        return get(saved.getId());
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Transactional
    public void setActive(long id, boolean active) {
        find(id).setActive(active);
        audit.record(active ? "ASSOCIATION_ACTIVATE" : "ASSOCIATION_DEACTIVATE", "Association", id, AuditService.SUCCESS, null);
    }

    /** Invites a new liaison: an invitation with the association role, bound to the association once accepted. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Transactional
    public InvitationSummary inviteLiaison(long associationId, String displayName, String email) {
        find(associationId);
        InvitationSummary invitation = accountService.inviteObserverOrLiaison(new InviteCommand(displayName, email,
                Set.of(AppRoles.ASSOCIATION), null));
        liaisons.save(new Liaison(associationId, invitation.displayName(), invitation.code(), null, clock.instant()));
        return invitation;
    }

    /** Binds an existing account that holds the association role. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Transactional
    public void bindLiaison(long associationId, String username) {
        find(associationId);
        var contact = accounts.contact(username == null ? "" : username.strip())
                .orElseThrow(() -> new Refusal("association.error.accountUnknown"));
        if (!accounts.usernamesWithRole(AppRoles.ASSOCIATION).contains(contact.username())) {
            throw new Refusal("association.error.notAssociationAccount");
        }
        if (!liaisons.findByUsername(contact.username()).isEmpty()) {
            throw new Refusal("association.error.alreadyLiaison");
        }
        liaisons.save(new Liaison(associationId, contact.displayName(), null, contact.username(), clock.instant()));
        audit.record("ASSOCIATION_LIAISON_BIND", "Association", associationId, AuditService.SUCCESS, contact.username());
    }

    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    @Transactional
    public void removeLiaison(long liaisonId) {
        Liaison l = liaisons.findById(liaisonId).orElseThrow(() -> new Refusal("association.error.unknown"));
        liaisons.delete(l);
        audit.record("ASSOCIATION_LIAISON_REMOVE", "Association", l.getAssociationId(), AuditService.SUCCESS,
                l.getUsername());
    }

    private Association find(long id) {
        return associations.findById(id).orElseThrow(() -> new Refusal("association.error.unknown"));
    }
}
