package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.oversight.League;
import cn.ezhou.yshj.oversight.LeagueRow;
import cn.ezhou.yshj.oversight.LeagueTable;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 年度考核: per department, the year's figures with the league table's rank and overall score, and
 * the results of the year's satisfaction rounds, for the annual assessment of departments.
 */
@Service
public class AnnualAssessment {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LeagueTable league;
    private final RoundResultsSection rounds;
    private final DirectoryService directory;
    private final I18NProvider i18n;
    private final Clock clock;

    AnnualAssessment(LeagueTable league, RoundResultsSection rounds, DirectoryService directory, I18NProvider i18n,
                     Clock clock) {
        this.league = league;
        this.rounds = rounds;
        this.directory = directory;
        this.i18n = i18n;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ReportDocument build(int year, Locale locale, DoubleConsumer progress) {
        ReportText text = new ReportText(i18n, locale, directory);
        League table = league.league(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        progress.accept(0.5);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(text.t("report.col.rank")));
        header.addAll(text.unitHeader());
        header.addAll(List.of(text.t("report.col.consultationOnTime"), text.t("report.col.score")));
        rows.add(header);
        for (LeagueRow r : table.rows()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank())));
            row.addAll(text.unitRow(r.unitCode(), r.figures()));
            row.add(r.consultationDue() == 0 ? "" : r.consultationOnTime() + "/" + r.consultationDue());
            row.add(ReportText.decimal(r.overall()));
            rows.add(row);
        }
        ReportDocument.Section satisfaction = rounds.section(year, text);
        progress.accept(1);
        return new ReportDocument(text.t("report.assessment.title", String.valueOf(year)),
                text.t("report.generatedAt", TIME.format(clock.instant().atZone(MonthlyBulletin.CITY))),
                List.of(ReportDocument.Section.text(text.t("report.section.method"), text.t("report.assessment.method")),
                        ReportDocument.Section.table(text.t("report.section.units"), rows), satisfaction));
    }
}
