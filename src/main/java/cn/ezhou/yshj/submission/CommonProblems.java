package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.base.Stored;
import cn.ezhou.yshj.base.UserText;
import cn.ezhou.yshj.base.Refusal;
import cn.ezhou.yshj.submission.internal.CommonProblem;
import cn.ezhou.yshj.submission.internal.CommonProblemRepository;
import cn.ezhou.yshj.submission.internal.Deadlines;
import cn.ezhou.yshj.submission.internal.Notifier;
import cn.ezhou.yshj.submission.internal.Presenter;
import cn.ezhou.yshj.submission.internal.Submission;
import cn.ezhou.yshj.submission.internal.SubmissionRepository;
import cn.ezhou.yshj.submission.internal.Workflow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Common problems 共性问题: the office links items that share one cause and, once it is rectified,
 * closes them all with one rectification note on each item's timeline.
 */
@Service
@PreAuthorize("hasRole('OFFICE')")
@Transactional(readOnly = true)
public class CommonProblems {

    @Stored("common_problem.title")
    public static final int MAX_TITLE = 200;
    @Stored("common_problem.rectification")
    public static final int MAX_NOTE = 4000;

    private final CommonProblemRepository problems;
    private final SubmissionRepository items;
    private final Workflow workflow;
    private final Deadlines deadlines;
    private final Notifier notifier;
    private final Clock clock;

    CommonProblems(CommonProblemRepository problems, SubmissionRepository items, Workflow workflow,
                   Deadlines deadlines, Notifier notifier, Clock clock) {
        this.problems = problems;
        this.items = items;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.clock = clock;
    }

    public List<CommonProblemRecord> list(int offset, int limit) {
        int size = limit <= 0 ? 50 : limit;
        return problems.findAllByOrderByIdDesc(PageRequest.of(offset / size, size)).map(this::toRecord).getContent();
    }

    public CommonProblemRecord get(long id) {
        return toRecord(load(id));
    }

    @Transactional
    public CommonProblemRecord create(String title, List<String> itemReferences) {
        String t = UserText.strip(title);
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new Refusal("problem.error.title", MAX_TITLE);
        }
        if (itemReferences == null || itemReferences.size() < 2) {
            throw new Refusal("problem.error.twoItems");
        }
        List<Submission> linked = itemReferences.stream().map(String::strip).distinct().map(this::linkable).toList();
        if (linked.size() < 2) {
            throw new Refusal("problem.error.twoItems");
        }
        CommonProblem problem = problems.save(new CommonProblem(t, workflow.username(), clock.instant()));
        linked.forEach(item -> {
            item.linkToProblem(problem.getId());
            workflow.record(item, "LINK_PROBLEM", item.getState(), t, false);
        });
        return toRecord(problem);
    }

    @Transactional
    public CommonProblemRecord link(long problemId, long version, String itemReference) {
        CommonProblem problem = open(problemId, version);
        Submission item = linkable(UserText.strip(itemReference));
        item.linkToProblem(problem.getId());
        workflow.record(item, "LINK_PROBLEM", item.getState(), problem.getTitle(), false);
        return toRecord(problem);
    }

    /** Closes every linked item that is still open, with the one rectification note. */
    @Transactional
    public CommonProblemRecord close(long problemId, long version, String rectification) {
        String note = UserText.strip(rectification);
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new Refusal("problem.error.rectification", MAX_NOTE);
        }
        CommonProblem problem = open(problemId, version);
        problem.close(note, clock.instant());
        for (Submission item : items.findByCommonProblemIdOrderByIdAsc(problemId)) {
            if (!item.getState().finished()) {
                SubmissionState from = item.getState();
                item.close(clock.instant());
                workflow.record(item, "PROBLEM_RECTIFIED", from, note, true);
                notifier.submitter(item, "notice.submission.closed");
                if (from.openForDepartment()) {
                    notifier.lead(item, "notice.submission.closedAsProblem");
                }
            }
        }
        return toRecord(problem);
    }

    private CommonProblem open(long id, long version) {
        CommonProblem problem = load(id);
        if (problem.getVersion() != version) {
            throw new Refusal("error.concurrentEdit");
        }
        if (problem.getClosedAt() != null) {
            throw new Refusal("problem.error.closed");
        }
        return problem;
    }

    private CommonProblem load(long id) {
        return problems.findById(id).orElseThrow(() -> new Refusal("problem.error.notFound"));
    }

    private Submission linkable(String reference) {
        Submission item = items.findByReferenceNo(reference)
                .orElseThrow(() -> new Refusal("problem.error.unknownItem", reference));
        if (item.getState().finished() || item.getState() == SubmissionState.DRAFT) {
            throw new Refusal("problem.error.itemFinished", reference);
        }
        if (item.getCommonProblemId() != null) {
            throw new Refusal("problem.error.alreadyLinked", reference);
        }
        return item;
    }

    private CommonProblemRecord toRecord(CommonProblem p) {
        LocalDate today = deadlines.today();
        LocalDate dueSoon = deadlines.dueSoonLimit();
        List<SubmissionSummary> linked = items.findByCommonProblemIdOrderByIdAsc(p.getId()).stream()
                .map(s -> Presenter.summary(s, true, today, dueSoon)).toList();
        return new CommonProblemRecord(p.getId(), p.getVersion(), p.getTitle(), p.getRectification(),
                p.getCreatedAt(), p.getClosedAt(), linked);
    }
}
