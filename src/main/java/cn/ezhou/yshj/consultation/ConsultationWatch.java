package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.consultation.internal.CommentRepository;
import cn.ezhou.yshj.consultation.internal.Consultation;
import cn.ezhou.yshj.consultation.internal.ConsultationNotifier;
import cn.ezhou.yshj.consultation.internal.ConsultationRepository;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily watch over consultations, once across instances: the audience is told when a scheduled
 * consultation opens and reminded three days
 * before the window closes, the drafters are told when answering starts, warned three days before
 * the answer deadline while comments are unanswered, and an answer deadline that passed with
 * comments unanswered is supervised (drafters and the office told). Each once.
 */
@Component
public class ConsultationWatch {

    static final int REMIND_DAYS_BEFORE = 3;

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ConsultationNotifier notifier;
    private final Clock clock;

    ConsultationWatch(ConsultationRepository consultations, CommentRepository comments, ConsultationNotifier notifier,
                      Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.consultations.watch-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "consultation-watch", lockAtMostFor = "30m")
    @Transactional // the scheduler's call reaches run() from inside this bean, past the proxy
    void scheduled() {
        run();
    }

    /** One pass; returns how many notices went out. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Consultation c : consultations.findByOpenedAtIsNullAndOpensOnLessThanEqual(today)) {
            c.markOpened(clock.instant());
            notifier.toAudience(c, "notice.consultation.opened");
            sent++;
        }
        for (Consultation c : consultations.findByClosingRemindedAtIsNullAndClosesOnBetween(today,
                today.plusDays(REMIND_DAYS_BEFORE))) {
            if (c.getOpenedAt() == null) {
                continue;
            }
            c.markClosingReminded(clock.instant());
            notifier.toAudience(c, "notice.consultation.closing");
            sent++;
        }
        for (Consultation c : consultations.findByClosedNotifiedAtIsNullAndClosesOnBefore(today)) {
            c.markClosedNotified(clock.instant());
            c.markClosingReminded(clock.instant());
            notifier.toDrafters(c, "notice.consultation.closed");
            sent++;
        }
        for (Consultation c : consultations
                .findByAnswersWarnedAtIsNullAndAnswersSupervisedAtIsNullAndReportPublishedAtIsNullAndAnswerDueBetween(
                        today, today.plusDays(REMIND_DAYS_BEFORE))) {
            if (comments.countUnanswered(c.getId()) > 0) {
                c.markAnswersWarned(clock.instant());
                notifier.toDrafters(c, "notice.consultation.answersDueSoon");
                sent++;
            }
        }
        for (Consultation c : consultations.findByAnswersSupervisedAtIsNullAndReportPublishedAtIsNullAndAnswerDueBefore(today)) {
            if (comments.countUnanswered(c.getId()) > 0) {
                c.markAnswersSupervised(clock.instant());
                notifier.toDrafters(c, "notice.consultation.answersOverdue");
                notifier.toOffice(c, "notice.consultation.answersOverdue");
                sent++;
            }
        }
        return sent;
    }
}
