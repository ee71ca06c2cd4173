package cn.ezhou.yshj.consultation;

import cn.ezhou.yshj.consultation.internal.AnswerFiguresRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures on the answering of consultation comments, for the office's dashboard and
 * the league table. Like {@code SubmissionFigures}, no permission check of its own: the services
 * that show figures decide who may see them. A comment counts as answered on time when its answer
 * was given by the end of the answer-due day in the city's time zone.
 */
@Component
@Transactional(readOnly = true)
public class ConsultationFigures {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final AnswerFiguresRepository answers;

    ConsultationFigures(AnswerFiguresRepository answers) {
        this.answers = answers;
    }

    /** Per drafting unit (in code order), comments due in [from, to] and those answered on time. */
    public List<UnitAnswerFigures> answersByUnit(LocalDate from, LocalDate to) {
        Map<String, long[]> byUnit = new TreeMap<>();
        for (Object[] row : answers.dueBetween(from, to)) {
            long[] counts = byUnit.computeIfAbsent((String) row[0], u -> new long[2]);
            LocalDate due = (LocalDate) row[1];
            Instant answeredAt = (Instant) row[2];
            counts[0]++;
            if (answeredAt != null && !answeredAt.atZone(CITY).toLocalDate().isAfter(due)) {
                counts[1]++;
            }
        }
        return byUnit.entrySet().stream()
                .map(e -> new UnitAnswerFigures(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Closed consultations still waiting for answers today, and those past their answer deadline. */
    public PendingAnswers pending(LocalDate today) {
        return new PendingAnswers(answers.countWaiting(today), answers.countWaitingPastDue(today));
    }
}
