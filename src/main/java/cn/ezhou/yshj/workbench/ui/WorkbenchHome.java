package cn.ezhou.yshj.workbench.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.CurrentUser;
import cn.ezhou.yshj.base.ui.HomeContent;
import cn.ezhou.yshj.consultation.ConsultationTaskService;
import cn.ezhou.yshj.engagement.EngagementTaskService;
import cn.ezhou.yshj.notification.MailFailures;
import cn.ezhou.yshj.observer.DutyRecordService;
import cn.ezhou.yshj.observer.QuarterDuty;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.MyItemCounts;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The front page of a logged-in person: a board per role held (a person may hold several), each
 * from the counts its modules give for that role — one statement per module.
 */
@org.springframework.stereotype.Component
class WorkbenchHome implements HomeContent {

    private final CurrentUser currentUser;
    private final OfficeDesk office;
    private final DepartmentDesk department;
    private final SubmissionService submissions;
    private final DutyRecordService duty;
    private final ConsultationTaskService consultations;
    private final EngagementTaskService engagement;
    private final MailFailures mail;

    WorkbenchHome(CurrentUser currentUser, OfficeDesk office, DepartmentDesk department, SubmissionService submissions,
                  DutyRecordService duty, ConsultationTaskService consultations, EngagementTaskService engagement,
                  MailFailures mail) {
        this.currentUser = currentUser;
        this.office = office;
        this.department = department;
        this.submissions = submissions;
        this.duty = duty;
        this.consultations = consultations;
        this.engagement = engagement;
        this.mail = mail;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div page = new Div();
        page.setId("workbench");
        page.addClassName("workbench");
        page.add(new H1(page.getTranslation("workbench.title")), new Paragraph(page.getTranslation("workbench.lead")));
        if (currentUser.hasRole(AppRoles.OFFICE)) {
            page.add(OfficeBoards.items(page, office.counts()), OfficeBoards.consultations(page, consultations.officeCounts()));
        }
        if (currentUser.hasRole(AppRoles.DEPARTMENT)) {
            page.add(DepartmentBoards.items(page, department.counts()),
                    DepartmentBoards.consultations(page, consultations.departmentCounts()));
        }
        boolean observer = currentUser.hasRole(AppRoles.OBSERVER);
        boolean liaison = currentUser.hasRole(AppRoles.ASSOCIATION);
        if (observer || liaison) {
            QuarterDuty quarter = observer ? duty.thisQuarter() : null;
            MyItemCounts items = quarter != null ? quarter.items() : submissions.myCounts();
            page.add(MineBoards.items(page, items, quarter), MineBoards.consultations(page, consultations.audienceCounts(), liaison),
                    MineBoards.engagement(page, engagement.mine()));
        }
        if (currentUser.hasRole(AppRoles.ADMIN)) {
            page.add(AdminBoard.of(page, mail.count()));
        }
        return page;
    }
}
