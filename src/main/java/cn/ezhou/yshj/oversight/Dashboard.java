package cn.ezhou.yshj.oversight;

import cn.ezhou.yshj.consultation.PendingAnswers;
import java.time.Instant;
import java.util.List;

/**
 * The office's dashboard for one query: totals and monthly trends of the items due in the period,
 * the open items now by state and department, consultations waiting for answers, and observers
 * below their obligation in the quarter of the period's end (or the current quarter).
 */
public record Dashboard(FigureQuery query, Instant asOf, Figures totals, List<MonthFigures> months,
                        List<OpenCount> openByState, List<OpenCount> openByUnit, PendingAnswers consultations,
                        String obligationQuarter, int observersBelowObligation) {

    public long openItems() {
        return openByState.stream().mapToLong(OpenCount::items).sum();
    }

    public long overdueNow() {
        return openByState.stream().mapToLong(OpenCount::overdue).sum();
    }

    public long dueSoonNow() {
        return openByState.stream().mapToLong(OpenCount::dueSoon).sum();
    }
}
