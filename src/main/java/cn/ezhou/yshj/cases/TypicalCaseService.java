package cn.ezhou.yshj.cases;

import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.audit.AuditService;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.cases.internal.TypicalCase;
import cn.ezhou.yshj.cases.internal.TypicalCaseRepository;
import cn.ezhou.yshj.submission.ClosedItem;
import cn.ezhou.yshj.submission.ItemLookup;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Typical cases: the office marks a closed item, writes the summary the public will read, and
 * publishes it. A summary that names the submitter or repeats their contact is refused, since the
 * promise to observers is that they are never exposed.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TypicalCaseService {

    private final TypicalCaseRepository cases;
    private final ItemLookup items;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    TypicalCaseService(TypicalCaseRepository cases, ItemLookup items, AuditService audit, CurrentUser currentUser,
                       Clock clock) {
        this.cases = cases;
        this.items = items;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public TypicalCaseRecord save(@Valid TypicalCaseCommand command) {
        TypicalCase c;
        ClosedItem item;
        if (command.id() == null) {
            item = items.closed(command.reference());
            if (cases.existsBySubmissionId(item.id())) {
                throw new Refusal("cases.error.alreadyCase");
            }
            c = new TypicalCase(item.id(), item.reference(), item.domainCode(), item.leadUnit(),
                    currentUser.username().orElseThrow(), clock.instant());
        } else {
            c = cases.findById(command.id()).orElseThrow(() -> new Refusal("cases.error.unknown"));
            if (c.getVersion() != command.version()) {
                throw new Refusal("error.concurrentEdit");
            }
            item = items.closed(c.getReference());
        }
        String title = UserText.strip(command.title());
        String summary = UserText.strip(command.summary());
        if (identifies(item, title + "\n" + summary)) {
            throw new Refusal("cases.error.identifies");
        }
        c.write(command.kind(), title, summary);
        TypicalCase saved = cases.saveAndFlush(c);
        audit.record("TYPICAL_CASE_SAVE", "TypicalCase", saved.getId(), AuditService.SUCCESS, item.reference());
        return saved.toRecord(true);
    }

    @PreAuthorize("hasRole('OFFICE')")
    @Transactional
    public TypicalCaseRecord publish(long id, long version, boolean publish) {
        TypicalCase c = cases.findById(id).orElseThrow(() -> new Refusal("cases.error.unknown"));
        if (c.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        c.publish(publish, clock.instant());
        TypicalCase saved = cases.saveAndFlush(c);
        audit.record(publish ? "TYPICAL_CASE_PUBLISH" : "TYPICAL_CASE_WITHDRAW", "TypicalCase", id, AuditService.SUCCESS, null);
        return saved.toRecord(true);
    }

    /** Every case, newest first, for the office. */
    @PreAuthorize("hasRole('OFFICE')")
    public Page<TypicalCaseRecord> all(Pageable pageable) {
        return cases.findAllByOrderByIdDesc(pageable).map(c -> c.toRecord(true));
    }

    /** Published cases for everybody, without the item's reference. */
    public Page<TypicalCaseRecord> published(Pageable pageable) {
        return cases.findByPublishedTrueOrderByPublishedAtDesc(pageable).map(c -> c.toRecord(false));
    }

    /** One published case for everybody, without the item's reference; an unpublished one is unknown. */
    public TypicalCaseRecord publishedCase(long id) {
        return cases.findById(id).map(c -> c.toRecord(false)).filter(TypicalCaseRecord::published)
                .orElseThrow(() -> new Refusal("cases.error.unknown"));
    }

    /** Cases published in [from, to), e.g. for the monthly bulletin. */
    public List<TypicalCaseRecord> publishedBetween(Instant from, Instant to) {
        return cases.findByPublishedTrueAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAt(from, to)
                .stream().map(c -> c.toRecord(false)).toList();
    }

    private static boolean identifies(ClosedItem item, String text) {
        return Stream.of(item.submitterName(), item.submitterContact())
                .anyMatch(s -> s != null && s.strip().length() >= 2 && text.contains(s.strip()));
    }
}
