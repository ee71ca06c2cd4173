package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.base.document.DocxWriter;
import cn.ezhou.yshj.base.document.ReportDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private final ReportDocument report = new ReportDocument("2026年11月营商环境诉求办理情况通报", "市优化办 2026-12-01",
            List.of(ReportDocument.Section.text("总体情况", "本月受理诉求12件，按期答复率91.7%。"),
                    ReportDocument.Section.table("部门排名", List.of(List.of("部门", "交办", "按期答复", "满意率"),
                            List.of("市发改委", "5", "5", "100.0"), List.of("市人社局", "7", "6", "85.7")))));

    @Test
    void the_word_document_keeps_chinese_headings_and_numbers() throws IOException {
        byte[] docx = DocxWriter.write(report);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("2026年11月营商环境诉求办理情况通报", "总体情况", "按期答复率91.7%", "市人社局");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(2).getCell(2).getText()).isEqualTo("6");
        }
    }

    @Test
    void the_workbook_has_a_sheet_per_table_with_numbers_as_numbers() throws IOException {
        byte[] xlsx = XlsxWriter.write(report);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年11月营商环境诉求办理情况通报");
            var sheet = book.getSheetAt(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("市人社局");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(85.7);
        }
    }
}
