package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.directory.DirectoryService;
import cn.ezhou.yshj.directory.OrgUnitKind;
import cn.ezhou.yshj.directory.OrgUnitRecord;
import cn.ezhou.yshj.oversight.Figures;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Labels, unit names and number formats of one report in one language (reports run without a page). */
final class ReportText {

    private final I18NProvider i18n;
    private final Locale locale;
    private final Map<String, OrgUnitRecord> units;

    ReportText(I18NProvider i18n, Locale locale, DirectoryService directory) {
        this.i18n = i18n;
        this.locale = locale;
        this.units = directory.activeUnits(OrgUnitKind.DEPARTMENT, OrgUnitKind.DISTRICT, OrgUnitKind.FUNCTIONAL_ZONE,
                OrgUnitKind.OFFICE).stream().collect(Collectors.toMap(OrgUnitRecord::code, Function.identity()));
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    String unit(String code) {
        OrgUnitRecord u = code == null ? null : units.get(code);
        return u == null ? (code == null ? "" : code) : u.name(locale);
    }

    /** A share as a percentage with one decimal, empty when there is nothing to divide. */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The department table's heading row. */
    List<String> unitHeader() {
        return List.of(t("report.col.unit"), t("report.col.items"), t("report.col.onTime"), t("report.col.late"),
                t("report.col.overdue"), t("report.col.onTimeRate"), t("report.col.replyDays"),
                t("report.col.satisfaction"), t("report.col.reopened"));
    }

    List<String> unitRow(String unitCode, Figures f) {
        List<String> row = new ArrayList<>();
        row.add(unit(unitCode));
        row.add(String.valueOf(f.items()));
        row.add(String.valueOf(f.onTime()));
        row.add(String.valueOf(f.late()));
        row.add(String.valueOf(f.overdue()));
        row.add(percent(f.onTimeRate()));
        row.add(decimal(f.averageReplyDays()));
        row.add(percent(f.satisfactionRate()));
        row.add(String.valueOf(f.reopened()));
        return row;
    }

    /** The totals in sentences. */
    List<String> summary(Figures f) {
        return List.of(
                t("report.summary.items", f.items(), f.onTime(), f.late(), f.overdue(), f.pending()),
                t("report.summary.rates", percent(f.onTimeRate()), decimal(f.averageReplyDays())),
                t("report.summary.satisfaction", f.satisfied(), f.basic(), f.defaulted(), f.dissatisfied(),
                        percent(f.satisfactionRate())),
                t("report.summary.reopened", f.reopened(), percent(f.reopenRate())));
    }
}
