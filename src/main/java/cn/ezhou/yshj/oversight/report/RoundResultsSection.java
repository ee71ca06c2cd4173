package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.engagement.DepartmentScore;
import cn.ezhou.yshj.engagement.RoundResults;
import cn.ezhou.yshj.engagement.SatisfactionFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The year's satisfaction rounds as one table: per round and department, each dimension's average. */
@Component
class RoundResultsSection {

    private final SatisfactionFigures satisfaction;

    RoundResultsSection(SatisfactionFigures satisfaction) {
        this.satisfaction = satisfaction;
    }

    ReportDocument.Section section(int year, ReportText text) {
        List<RoundResults> results = satisfaction.resultsEndingIn(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        if (results.isEmpty()) {
            return ReportDocument.Section.text(text.t("report.section.rounds"), text.t("report.none"));
        }
        int dimensions = results.stream().mapToInt(r -> r.round().dimensions().size()).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(text.t("report.col.round"), text.t("report.col.unit")));
        for (int i = 1; i <= dimensions; i++) {
            header.add(text.t("report.col.dimension", i));
        }
        header.addAll(List.of(text.t("report.col.average"), text.t("report.col.ratings"), text.t("report.col.responseRate")));
        rows.add(header);
        List<String> legend = new ArrayList<>();
        for (RoundResults r : results) {
            legend.add(r.round().title() + "：" + String.join("、", r.round().dimensions()));
            for (DepartmentScore d : r.departments()) {
                List<String> row = new ArrayList<>(List.of(r.round().title(), text.unit(d.unitCode())));
                for (int i = 0; i < dimensions; i++) {
                    row.add(i < d.dimensionAverages().size() ? ReportText.decimal(d.dimensionAverages().get(i)) : "");
                }
                row.add(ReportText.decimal(d.overallAverage()));
                row.add(String.valueOf(d.ratings()));
                row.add(ReportText.percent(r.responseRate()));
                rows.add(row);
            }
        }
        return new ReportDocument.Section(text.t("report.section.rounds"), legend, rows);
    }
}
