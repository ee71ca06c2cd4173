package cn.ezhou.yshj.demo.internal;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.calendar.WorkCalendarService;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.ConsultationWatch;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.AttendanceDesk;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.engagement.RatingDesk;
import cn.ezhou.yshj.engagement.RoundService;
import cn.ezhou.yshj.engagement.RoundWatch;
import cn.ezhou.yshj.observer.CharterService;
import cn.ezhou.yshj.observer.EvaluationService;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.observer.PublicityService;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.security.AccountService;
import cn.ezhou.yshj.submission.CommonProblems;
import cn.ezhou.yshj.submission.DeadlineWatch;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The services the demo city acts through (the same the screens call), gathered so each part takes what it needs. */
@Component
@Profile("demo & !prod")
@ConditionalOnProperty(name = "portal.demo.city.enabled", havingValue = "true")
record DemoServices(AccountService accounts, AssociationService associations, ObserverService observers,
                    PublicityService publicity, CharterService charter, EvaluationService evaluations,
                    DirectoryService directory, WorkCalendarService calendar, SubmissionService submissions,
                    OfficeDesk office, DepartmentDesk departments, CommonProblems problems, DeadlineWatch deadlines,
                    ConsultationService consultations, CommentDesk comments, AnswerDesk answers, PolicyService policies,
                    ConsultationWatch consultationWatch, RoundService rounds, RatingDesk ratings, RoundWatch roundWatch,
                    BriefingService briefings, ActivityService activities, AttendanceDesk attendance,
                    TypicalCaseService cases, LeagueTable league, OversightFigures figures) {
}
