package cn.ezhou.yshj.drafts;

import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.drafts.internal.FormDraft;
import cn.ezhou.yshj.drafts.internal.FormDraftRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves, loads and discards the current user's drafts. A draft is found by its author, the form
 * and the form's target, and the author is always the logged-in user: nobody can reach another
 * person's draft, whatever form and target they name.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DraftService {

    /** The longest field a draft keeps: a whole draft policy text. */
    public static final int MAX_FIELD_LENGTH = 500_000;
    static final int MAX_FIELDS = 20;
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9.-]{0,39}");

    private final FormDraftRepository drafts;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftService(FormDraftRepository drafts, CurrentUser currentUser, Clock clock) {
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The current user's draft of this form about this target, if one was saved and not discarded. */
    @Transactional(readOnly = true)
    public Optional<SavedDraft> load(String form, long targetId) {
        return drafts.findByOwnerAndFormAndTargetId(owner(), checked(form), targetId).map(FormDraft::toRecord);
    }

    /** Keeps the fields as the current user's draft, replacing the previous one. */
    @Transactional
    public SavedDraft save(String form, long targetId, Map<String, String> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw new Refusal("drafts.error.tooLong");
        }
        fields.forEach((name, value) -> {
            checked(name);
            if (value == null || value.length() > MAX_FIELD_LENGTH) {
                throw new Refusal("drafts.error.tooLong");
            }
        });
        String owner = owner();
        FormDraft draft = drafts.findByOwnerAndFormAndTargetId(owner, checked(form), targetId)
                .orElseGet(() -> new FormDraft(owner, form, targetId));
        draft.write(fields, clock.instant());
        return drafts.save(draft).toRecord();
    }

    /** Forgets the current user's draft of this form (the form was sent, or the user started afresh). */
    @Transactional
    public void discard(String form, long targetId) {
        drafts.findByOwnerAndFormAndTargetId(owner(), checked(form), targetId).ifPresent(drafts::delete);
    }

    private String owner() {
        return currentUser.username().orElseThrow(() -> new Refusal("drafts.error.notLoggedIn"));
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a draft form or field name: " + name);
        }
        return name;
    }
}
