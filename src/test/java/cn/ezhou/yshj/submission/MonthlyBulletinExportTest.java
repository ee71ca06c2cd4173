package cn.ezhou.yshj.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ezhou.yshj.cases.CaseKind;
import cn.ezhou.yshj.cases.TypicalCaseCommand;
import cn.ezhou.yshj.cases.TypicalCaseRecord;
import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.oversight.FigureQuery;
import cn.ezhou.yshj.oversight.Figures;
import cn.ezhou.yshj.oversight.OversightFigures;
import cn.ezhou.yshj.oversight.report.AnnualAssessment;
import cn.ezhou.yshj.base.document.DocxWriter;
import cn.ezhou.yshj.oversight.report.MonthlyBulletin;
import cn.ezhou.yshj.base.document.ReportDocument;
import cn.ezhou.yshj.oversight.report.XlsxWriter;
import cn.ezhou.yshj.security.internal.UserAccountRepository;
import cn.ezhou.yshj.support.PortalTest;
import cn.ezhou.yshj.support.TestClock;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The monthly bulletin and the annual assessment, written and read back: Chinese headings, the month's numbers, its cases. */
@PortalTest
class MonthlyBulletinExportTest {

    @Autowired SubmissionService submissions;
    @Autowired OfficeDesk office;
    @Autowired DepartmentDesk departments;
    @Autowired TypicalCaseService cases;
    @Autowired OversightFigures figures;
    @Autowired MonthlyBulletin bulletin;
    @Autowired AnnualAssessment assessment;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired UserAccountRepository accounts;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        security.clearContext();
    }

    @Test
    void the_bulletin_carries_the_months_figures_and_its_typical_case_in_word_and_excel() throws Exception {
        SubmissionFlow flow = new SubmissionFlow(security, accounts, submissions, office, departments);
        SubmissionDetail closed = flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        TypicalCaseRecord c = cases.save(new TypicalCaseCommand(null, 0, closed.reference(), CaseKind.NEGATIVE,
                "推诿扯皮被通报", "某部门对企业诉求多次推诿，经督办后整改。"));
        cases.publish(c.id(), c.version(), true);
        figures.refreshNow();
        YearMonth month = YearMonth.now(clock);
        Figures totals = figures.totals(FigureQuery.of(month.atDay(1), month.atEndOfMonth()));
        double[] last = {0};
        ReportDocument doc = bulletin.build(month, Locale.SIMPLIFIED_CHINESE, p -> last[0] = p);
        assertThat(last[0]).isEqualTo(1.0);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(doc)));
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains(month.getYear() + "年" + month.getMonthValue() + "月营商环境诉求办理情况通报",
                    "一、总体情况", "二、各部门办理情况", "五、典型案例", "【反面典型】推诿扯皮被通报",
                    "本期到期诉求" + totals.items() + "件");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(doc)))) {
            var units = book.getSheetAt(1);
            assertThat(units.getRow(0).getCell(1).getStringCellValue()).isEqualTo("到期件数");
            double sum = 0;
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                sum += units.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat((long) sum).isEqualTo(totals.items());
        }
    }

    @Test
    void the_annual_assessment_lists_every_department_with_its_rank() throws Exception {
        SubmissionFlow flow = new SubmissionFlow(security, accounts, submissions, office, departments);
        flow.inState(SubmissionState.CLOSED);
        flow.as(SubmissionFlow.OFFICE);
        figures.refreshNow();
        ReportDocument doc = assessment.build(LocalDate.now(clock).getYear(), Locale.SIMPLIFIED_CHINESE, p -> { });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(doc)))) {
            var table = book.getSheetAt(1);
            assertThat(table.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            assertThat(table.getLastRowNum()).isGreaterThanOrEqualTo(20);
            var lead = java.util.stream.IntStream.rangeClosed(1, table.getLastRowNum()).mapToObj(table::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().equals("市发改委")).findFirst().orElseThrow();
            assertThat(lead.getCell(0).getNumericCellValue()).isGreaterThanOrEqualTo(1.0);
            assertThat(lead.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1.0);
        }
    }
}
