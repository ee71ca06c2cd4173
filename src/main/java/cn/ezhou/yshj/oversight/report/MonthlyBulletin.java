package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.oversight.UnitFigures;
import cn.ezhou.yshj.submission.DeadlineStatus;
import cn.ezhou.yshj.submission.OfficeDesk;
import cn.ezhou.yshj.submission.SubmissionSummary;
import cn.ezhou.yshj.submission.SupervisionHistory;
import cn.ezhou.yshj.submission.SupervisionNotice;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 月度通报: for one month, the figures of the items due in it (overall and per department), the items
 * overdue now, the supervision notices sent in the month, and the typical cases published in it.
 */
@Service
public class MonthlyBulletin {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    static final int OVERDUE_LIMIT = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OversightFigures figures;
    private final OfficeDesk office;
    private final SupervisionHistory supervision;
    private final TypicalCaseService cases;
    private final DirectoryService directory;
    private final I18NProvider i18n;
    private final Clock clock;

    MonthlyBulletin(OversightFigures figures, OfficeDesk office, SupervisionHistory supervision, TypicalCaseService cases,
                    DirectoryService directory, I18NProvider i18n, Clock clock) {
        this.figures = figures;
        this.office = office;
        this.supervision = supervision;
        this.cases = cases;
        this.directory = directory;
        this.i18n = i18n;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ReportDocument build(YearMonth month, Locale locale, DoubleConsumer progress) {
        ReportText text = new ReportText(i18n, locale, directory);
        FigureQuery query = FigureQuery.of(month.atDay(1), month.atEndOfMonth());
        Figures totals = figures.totals(query);
        progress.accept(0.2);
        List<List<String>> units = new ArrayList<>(List.of(text.unitHeader()));
        for (UnitFigures u : figures.byUnit(query)) {
            units.add(text.unitRow(u.unitCode(), u.figures()));
        }
        progress.accept(0.4);
        List<List<String>> overdue = new ArrayList<>(List.of(List.of(text.t("report.col.reference"),
                text.t("report.col.title"), text.t("report.col.unit"), text.t("report.col.deadline"))));
        for (SubmissionSummary s : office.supervision(0, OVERDUE_LIMIT)) {
            if (s.deadlineStatus() == DeadlineStatus.OVERDUE) {
                overdue.add(List.of(s.reference(), s.title(), text.unit(s.leadUnit()), String.valueOf(s.deadline())));
            }
        }
        progress.accept(0.6);
        Instant from = month.atDay(1).atStartOfDay(CITY).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CITY).toInstant();
        List<List<String>> notices = new ArrayList<>(List.of(List.of(text.t("report.col.reference"),
                text.t("report.col.title"), text.t("report.col.unit"), text.t("report.col.deadline"),
                text.t("report.col.supervisedAt"), text.t("report.col.stateNow"))));
        for (SupervisionNotice n : supervision.between(from, to)) {
            notices.add(List.of(n.reference(), n.title(), text.unit(n.leadUnit()), String.valueOf(n.deadline()),
                    TIME.format(n.supervisedAt().atZone(CITY)), text.t("submission.state." + n.stateNow())));
        }
        progress.accept(0.8);
        List<String> caseLines = new ArrayList<>();
        for (TypicalCaseRecord c : cases.publishedBetween(from, to)) {
            caseLines.add("【" + text.t("cases.kind." + c.kind()) + "】" + c.title() + "：" + c.summary());
        }
        if (caseLines.isEmpty()) {
            caseLines.add(text.t("report.none"));
        }
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section(text.t("report.section.summary"), text.summary(totals), List.of()),
                ReportDocument.Section.table(text.t("report.section.units"), units),
                new ReportDocument.Section(text.t("report.section.overdue"),
                        overdue.size() == 1 ? List.of(text.t("report.none")) : List.of(), overdue.size() == 1 ? List.of() : overdue),
                new ReportDocument.Section(text.t("report.section.supervision"),
                        notices.size() == 1 ? List.of(text.t("report.none")) : List.of(), notices.size() == 1 ? List.of() : notices),
                new ReportDocument.Section(text.t("report.section.cases"), caseLines, List.of()));
        progress.accept(1);
        return new ReportDocument(text.t("report.bulletin.title", String.valueOf(month.getYear()), month.getMonthValue()),
                text.t("report.generatedAt", TIME.format(clock.instant().atZone(CITY))), sections);
    }
}
