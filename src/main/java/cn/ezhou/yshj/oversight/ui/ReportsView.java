package cn.ezhou.yshj.oversight.ui;

import cn.ezhou.yshj.base.AppRoles;
import cn.ezhou.yshj.base.BackgroundJobs;
import cn.ezhou.yshj.base.ui.ExportPanel;
import cn.ezhou.yshj.base.ui.MainLayout;
import cn.ezhou.yshj.oversight.report.AnnualAssessment;
import cn.ezhou.yshj.base.document.DocxWriter;
import cn.ezhou.yshj.oversight.report.MonthlyBulletin;
import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.oversight.report.XlsxWriter;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The monthly bulletin and the annual assessment, each as DOCX or XLSX, prepared in the background. */
@Route(value = "office/reports", layout = MainLayout.class)
@Menu(title = "nav.reports", order = 9.5, icon = "vaadin:file-text-o")
@RolesAllowed(AppRoles.OFFICE)
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(MonthlyBulletin bulletin, AnnualAssessment assessment, BackgroundJobs jobs, Clock clock) {
        setMaxWidth("56rem");
        Locale locale = getLocale();
        YearMonth thisMonth = YearMonth.now(clock);
        ComboBox<YearMonth> month = new ComboBox<>(getTranslation("report.month"));
        month.setItems(IntStream.range(0, 24).mapToObj(thisMonth::minusMonths).toList());
        month.setItemLabelGenerator(m -> getTranslation("report.monthLabel", String.valueOf(m.getYear()), m.getMonthValue()));
        month.setValue(thisMonth.minusMonths(1));
        month.setId("report-month");
        ComboBox<Integer> year = new ComboBox<>(getTranslation("report.year"));
        year.setItems(List.of(thisMonth.getYear(), thisMonth.getYear() - 1, thisMonth.getYear() - 2));
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisMonth.getYear());
        year.setId("report-year");
        Function<DoubleConsumer, ReportDocument> monthly = p -> bulletin.build(month.getValue(), locale, p);
        Function<DoubleConsumer, ReportDocument> annual = p -> assessment.build(year.getValue(), locale, p);
        add(new H3(getTranslation("report.bulletin")), new Paragraph(getTranslation("report.bulletin.help")),
                row(month, jobs, monthly, "bulletin", () -> month.getValue().toString()),
                new H3(getTranslation("report.assessment")), new Paragraph(getTranslation("report.assessment.help")),
                row(year, jobs, annual, "assessment", () -> String.valueOf(year.getValue())));
    }

    private HorizontalLayout row(ComboBox<?> choice, BackgroundJobs jobs, Function<DoubleConsumer, ReportDocument> build,
                                 String name, java.util.function.Supplier<String> suffix) {
        ExportPanel docx = new ExportPanel(getTranslation("report.docx"), name + "-docx", jobs, p -> new BackgroundJobs.Result(
                name + "-" + suffix.get() + ".docx", DocxWriter.CONTENT_TYPE, DocxWriter.write(build.apply(p))));
        ExportPanel xlsx = new ExportPanel(getTranslation("report.xlsx"), name + "-xlsx", jobs, p -> new BackgroundJobs.Result(
                name + "-" + suffix.get() + ".xlsx", XlsxWriter.CONTENT_TYPE, XlsxWriter.write(build.apply(p))));
        docx.setId(name + "-docx");
        xlsx.setId(name + "-xlsx");
        HorizontalLayout row = new HorizontalLayout(choice, docx, xlsx);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
