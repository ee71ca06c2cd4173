package cn.ezhou.yshj.opendata;

import cn.ezhou.yshj.association.AssociationService;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.CommentDesk;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.drafts.DraftService;
import cn.ezhou.yshj.engagement.ActivityService;
import cn.ezhou.yshj.engagement.BriefingService;
import cn.ezhou.yshj.observer.ObserverService;
import cn.ezhou.yshj.oversight.LeagueTable;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.submission.DepartmentDesk;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionService;
import cn.ezhou.yshj.support.TestClock;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The services the open data tests publish through, as one bean. */
record OpenDataServices(SecurityContextHolderStrategy security, UserAccountRepository accounts, TestClock clock,
                        AssociationService associations, ConsultationService consultations, CommentDesk comments,
                        AnswerDesk answers, PolicyService policies, SubmissionService submissions, OfficeDesk office,
                        DepartmentDesk department, TypicalCaseService cases, ObserverService observers,
                        LeagueTable league, DraftService drafts, BriefingService briefings,
                        ActivityService activities) {
}
