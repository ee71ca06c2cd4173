package cn.ezhou.yshj.observer;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.observer.internal.CharterAcknowledgement;
import cn.ezhou.yshj.observer.internal.CharterAcknowledgementRepository;
import cn.ezhou.yshj.observer.internal.CharterVersion;
import cn.ezhou.yshj.observer.internal.CharterVersionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observers' charter of rights and obligations: public to read, versioned, and acknowledged by
 * every observer before anything else; a new version asks everyone again.
 */
@Service
@Transactional
public class CharterService {

    @Stored("charter_version.body")
    static final int MAX_LENGTH = 20000;

    private final CharterVersionRepository versions;
    private final CharterAcknowledgementRepository acknowledgements;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    CharterService(CharterVersionRepository versions, CharterAcknowledgementRepository acknowledgements,
                   CurrentUser currentUser, AuditService audit, Clock clock) {
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CharterRecord> current() {
        return versions.findFirstByOrderByVersionNumberDesc().map(this::toRecord);
    }

    /** Publishes a new version; every observer has to acknowledge it again. */
    @PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
    public CharterRecord publish(String text) {
        if (UserText.isBlank(text)) {
            throw new Refusal("charter.error.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refusal("charter.error.tooLong", MAX_LENGTH);
        }
        int next = versions.findFirstByOrderByVersionNumberDesc().map(CharterVersion::getVersionNumber).orElse(0) + 1;
        CharterVersion saved = versions.save(new CharterVersion(next, UserText.strip(text), clock.instant(),
                currentUser.username().orElse("?")));
        audit.record("CHARTER_PUBLISH", "CharterVersion", next, AuditService.SUCCESS, null);
        return toRecord(saved);
    }

    /** True for an observer who has not yet acknowledged the current version. */
    @Transactional(readOnly = true)
    public boolean acknowledgementPending() {
        if (!currentUser.hasRole(AppRoles.OBSERVER)) {
            return false;
        }
        return current().map(c -> acknowledgedAt(c.versionNumber()).isEmpty()).orElse(false);
    }

    @PreAuthorize("hasRole('OBSERVER')")
    @Transactional(readOnly = true)
    public Optional<Instant> acknowledgedCurrentAt() {
        return current().flatMap(c -> acknowledgedAt(c.versionNumber()));
    }

    /** The observer acknowledges the version shown; an outdated version is refused. */
    @PreAuthorize("hasRole('OBSERVER')")
    public void acknowledge(int versionNumber) {
        CharterRecord current = current().orElseThrow(() -> new Refusal("charter.error.none"));
        if (current.versionNumber() != versionNumber) {
            throw new Refusal("charter.error.outdated");
        }
        String username = currentUser.username().orElseThrow();
        if (acknowledgedAt(versionNumber).isEmpty()) {
            acknowledgements.save(new CharterAcknowledgement(username, versionNumber, clock.instant()));
            audit.record("CHARTER_ACKNOWLEDGE", "CharterVersion", versionNumber, AuditService.SUCCESS, null);
        }
    }

    private Optional<Instant> acknowledgedAt(int versionNumber) {
        return currentUser.username()
                .flatMap(u -> acknowledgements.findByUsernameAndVersionNumber(u, versionNumber))
                .map(CharterAcknowledgement::getAcknowledgedAt);
    }

    private CharterRecord toRecord(CharterVersion v) {
        return new CharterRecord(v.getVersionNumber(), v.getText(), v.getPublishedAt(), v.getPublishedBy(),
                acknowledgements.countByVersionNumber(v.getVersionNumber()));
    }
}
