package cn.ezhou.yshj.submission;

import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.Actors;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Drives items through the pipeline as the right people, for tests. */
final class SubmissionFlow {

    static final String SUBMITTER = "observer";
    static final String OTHER_OBSERVER = "obs-two";
    static final String OFFICE = "office";
    static final String LEAD = "dept";
    static final String LEAD_UNIT = "FGW";
    static final String CO = "dept-kjj";
    static final String CO_UNIT = "KJJ";
    static final String OTHER_DEPT = "dept-rsj";
    static final String ASSOCIATION = "association";

    final Actors actors;
    final SubmissionService submissions;
    final OfficeDesk office;
    final DepartmentDesk departments;

    SubmissionFlow(SecurityContextHolderStrategy security, UserAccountRepository accounts, SubmissionService submissions,
                   OfficeDesk office, DepartmentDesk departments) {
        this.actors = new Actors(security, accounts)
                .ensure(SUBMITTER, null, "OBSERVER")
                .ensure(OTHER_OBSERVER, null, "OBSERVER")
                .ensure(OFFICE, "OFFICE", "OFFICE")
                .ensure(LEAD, LEAD_UNIT, "DEPARTMENT")
                .ensure(CO, CO_UNIT, "DEPARTMENT")
                .ensure(OTHER_DEPT, "RSJ", "DEPARTMENT")
                .ensure(ASSOCIATION, null, "ASSOCIATION");
        this.submissions = submissions;
        this.office = office;
        this.departments = departments;
    }

    void as(String username) {
        actors.as(username, switch (username) {
            case SUBMITTER, OTHER_OBSERVER -> "OBSERVER";
            case OFFICE -> "OFFICE";
            case ASSOCIATION -> "ASSOCIATION";
            default -> "DEPARTMENT";
        });
    }

    static DraftCommand draft(String token, String title) {
        return new DraftCommand(token, SubmissionType.COMPLAINT, "GOVERNMENT", "ECQ", title,
                "企业开办窗口要求重复提交营业执照复印件，希望精简材料。", "XZSPJ", false);
    }

    static String token() {
        return UUID.randomUUID().toString();
    }

    SubmissionDetail submitted() {
        as(SUBMITTER);
        return submissions.submit(draft(token(), "开办企业材料重复提交"));
    }

    SubmissionDetail current(long id) {
        as(OFFICE);
        return submissions.detail(id);
    }

    /** A fresh item in the given state; ANSWERED is unrated. */
    SubmissionDetail inState(SubmissionState state) {
        if (state == SubmissionState.DRAFT) {
            as(SUBMITTER);
            return submissions.saveDraft(draft(token(), "草稿"));
        }
        SubmissionDetail d = submitted();
        as(OFFICE);
        switch (state) {
            case SUBMITTED -> { return d; }
            case REJECTED -> { return office.reject(d.id(), d.version(), "不属于营商环境问题"); }
            case MERGED -> {
                SubmissionDetail target = submitted();
                as(OFFICE);
                return office.merge(d.id(), d.version(), target.reference());
            }
            default -> { }
        }
        d = office.assign(d.id(), d.version(), new AssignCommand(LEAD_UNIT, List.of(CO_UNIT), false));
        if (state == SubmissionState.ASSIGNED) {
            return d;
        }
        as(LEAD);
        if (state == SubmissionState.RETURNED) {
            return departments.returnItem(d.id(), d.version(), "不属于本部门职责");
        }
        d = departments.sign(d.id(), d.version());
        switch (state) {
            case SIGNED -> { return d; }
            case EXTENSION_REQUESTED -> {
                return departments.requestExtension(d.id(), d.version(), d.deadline().plusDays(10), "需现场核查");
            }
            default -> { }
        }
        d = departments.reply(d.id(), d.version(), new ReplyCommand(ResultType.RESOLVED, "已精简为一次提交。"));
        if (state == SubmissionState.REPLIED) {
            return d;
        }
        as(OFFICE);
        if (state == SubmissionState.REWORK) {
            return office.requestRework(d.id(), d.version(), "请说明具体措施和时间");
        }
        d = office.approveReply(d.id(), d.version());
        if (state == SubmissionState.ANSWERED) {
            return d;
        }
        as(SUBMITTER);
        return submissions.rate(d.id(), d.version(), Rating.SATISFIED, null);
    }

    /** An answered item the submitter rated 不满意. */
    SubmissionDetail dissatisfied() {
        SubmissionDetail d = inState(SubmissionState.ANSWERED);
        as(SUBMITTER);
        return submissions.rate(d.id(), d.version(), Rating.DISSATISFIED, "问题没有解决");
    }
}
