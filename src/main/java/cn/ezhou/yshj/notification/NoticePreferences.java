package cn.ezhou.yshj.notification;

import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.notification.internal.NoticePreference;
import cn.ezhou.yshj.notification.internal.NoticePreferenceRepository;
import cn.ezhou.yshj.security.AccountDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own choice of e-mail per kind of notice; any role, and only their own:
 * nothing here takes a username. Choosing IMMEDIATE removes the row, so the table holds departures
 * from the default only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NoticePreferences {

    private final NoticePreferenceRepository preferences;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    NoticePreferences(NoticePreferenceRepository preferences, AccountDirectory accounts, CurrentUser currentUser,
                      AuditService audit, Clock clock) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every kind with the choice for it, in the kinds' order. */
    @Transactional(readOnly = true)
    public Map<NoticeKind, MailChoice> mine() {
        Map<NoticeKind, MailChoice> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, MailChoice.IMMEDIATE);
        }
        preferences.findByUsername(me()).forEach(p -> choices.put(p.getKind(), p.getChoice()));
        return choices;
    }

    /** Whether the account has an e-mail address at all; without one the choices wait for it. */
    @Transactional(readOnly = true)
    public boolean hasAddress() {
        return accounts.contact(me()).filter(NoticeMails::hasAddress).isPresent();
    }

    @Transactional
    public Map<NoticeKind, MailChoice> choose(NoticeKind kind, MailChoice choice) {
        return choose(Collections.singletonMap(kind, choice));
    }

    /** Sets the given kinds' choices (others stay as they were); all refused if one is incomplete. */
    @Transactional
    public Map<NoticeKind, MailChoice> choose(Map<NoticeKind, MailChoice> choices) {
        // Iterated, not asked with containsKey(null): an immutable map throws on a null query.
        if (choices == null || choices.keySet().stream().anyMatch(Objects::isNull)) {
            throw new Refusal("notification.preferences.error.kind");
        }
        if (choices.values().stream().anyMatch(Objects::isNull)) {
            throw new Refusal("notification.preferences.error.choice");
        }
        String me = me();
        Map<NoticeKind, NoticePreference> rows = new EnumMap<>(NoticeKind.class);
        preferences.findByUsername(me).forEach(p -> rows.put(p.getKind(), p));
        List<String> changes = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            MailChoice wanted = choices.get(kind);
            NoticePreference row = rows.get(kind);
            MailChoice before = row == null ? MailChoice.IMMEDIATE : row.getChoice();
            if (wanted == null || wanted == before) {
                continue;
            }
            if (wanted == MailChoice.IMMEDIATE) {
                preferences.delete(row);
            } else {
                NoticePreference changed = row == null ? new NoticePreference(me, kind) : row;
                changed.choose(wanted, clock.instant());
                preferences.save(changed);
            }
            changes.add(kind + ":" + before + "->" + wanted);
        }
        if (!changes.isEmpty()) {
            audit.record("NOTICE_PREFERENCES_CHANGE", "UserAccount", me, AuditService.SUCCESS, String.join(", ", changes));
        }
        return mine();
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new Refusal("error.accessDenied"));
    }
}
