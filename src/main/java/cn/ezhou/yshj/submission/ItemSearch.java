package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.search.SearchIndexService;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.ItemIndex;
import cn.ezhou.yshj.submission.internal.ItemIndex.Scope;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.SubmissionLine;
import cn.ezhou.yshj.submission.internal.SubmissionLists;
import cn.ezhou.yshj.submission.internal.Viewer;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finding items by their words, for each role within what it may see: the office every item
 * received; a department the items it leads or helps with, its submitters shown as on its inbox
 * (a pseudonym unless disclosed); an observer or association its own items. The scope is set
 * here from the signed-in user, never taken from the caller, and each hit is shaped by the same
 * presenter as the inboxes.
 */
@Service
public class ItemSearch {

    private final ItemIndex index;
    private final SubmissionLists lists;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final SearchIndexService searchIndex;

    ItemSearch(ItemIndex index, SubmissionLists lists, Workflow workflow, Deadlines deadlines,
               SearchIndexService searchIndex) {
        this.index = index;
        this.lists = lists;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.searchIndex = searchIndex;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ItemHits office(ItemQuery query, int offset, int limit) {
        return find(query, new Scope.Office(), true, offset, limit);
    }

    /** The user's own unit's items; a department user without a unit finds nothing. */
    @PreAuthorize("hasRole('DEPARTMENT')")
    public ItemHits department(ItemQuery query, int offset, int limit) {
        Viewer viewer = workflow.viewer();
        if (viewer.unitCode() == null) {
            return new ItemHits(List.of(), 0, true, false);
        }
        return find(query, new Scope.Unit(viewer.unitCode()), false, offset, limit);
    }

    @PreAuthorize("hasAnyRole('OBSERVER','ASSOCIATION')")
    public ItemHits mine(ItemQuery query, int offset, int limit) {
        return find(query, new Scope.Submitter(workflow.username()), true, offset, limit);
    }

    private ItemHits find(ItemQuery query, Scope scope, boolean identity, int offset, int limit) {
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        ItemIndex.Found found = index.search(query, scope, today, Math.max(0, offset), Math.clamp(limit, 1, 200));
        Map<Long, SubmissionLine> lines = lists.byIds(found.ids()).stream()
                .collect(Collectors.toMap(SubmissionLine::id, Function.identity()));
        List<ItemHit> hits = found.ids().stream().map(lines::get).filter(Objects::nonNull).map(line -> {
            ItemIndex.Marks marks = found.marks().get(line.id());
            return new ItemHit(Presenter.summary(line, identity || line.identityOpen(), today, dueSoon),
                    marks == null ? null : marks.title(), marks == null ? List.of() : marks.passages());
        }).toList();
        return new ItemHits(hits, found.total(), found.exact(), searchIndex.status().building());
    }
}
