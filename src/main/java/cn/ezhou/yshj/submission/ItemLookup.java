package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.security.AccountContact;
import cn.ezhou.yshj.security.AccountDirectory;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a closed item by its reference number, for the office's work on typical cases. */
@Service
@Transactional(readOnly = true)
public class ItemLookup {

    private final SubmissionRepository items;
    private final AccountDirectory accounts;

    ItemLookup(SubmissionRepository items, AccountDirectory accounts) {
        this.items = items;
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ClosedItem closed(String reference) {
        Submission s = items.findByReferenceNo(reference == null ? "" : reference.strip().toUpperCase())
                .orElseThrow(() -> new Refusal("cases.error.itemUnknown"));
        if (s.getState() != SubmissionState.CLOSED) {
            throw new Refusal("cases.error.itemNotClosed");
        }
        // A portal submitter is identified by the account: its display name and e-mail.
        var account = s.getSubmitterUsername() == null ? java.util.Optional.<AccountContact>empty()
                : accounts.contact(s.getSubmitterUsername());
        String name = s.getSubmitterName() != null ? s.getSubmitterName() : account.map(AccountContact::displayName).orElse(null);
        String contact = s.getSubmitterContact() != null ? s.getSubmitterContact() : account.map(AccountContact::email).orElse(null);
        return new ClosedItem(s.getId(), s.getReferenceNo(), s.getTitle(), s.getDomainCode(), s.getLeadUnit(), name,
                contact, s.getClosedAt());
    }
}
