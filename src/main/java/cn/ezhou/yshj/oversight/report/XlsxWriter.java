package cn.ezhou.yshj.oversight.report;

import cn.ezhou.yshj.base.document.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as a workbook: the first sheet holds the title and text sections, each table
 * its own sheet. Numbers are written as numbers so they can be summed. Streams rows to disk, so
 * a long list never fills the memory.
 */
public final class XlsxWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            font.setFontName("宋体");
            bold.setFont(font);
            Sheet summary = book.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            int r = 0;
            summary.createRow(r++).createCell(0).setCellValue(report.title());
            if (report.subtitle() != null) {
                summary.createRow(r++).createCell(0).setCellValue(report.subtitle());
            }
            int sheetNo = 1;
            for (ReportDocument.Section section : report.sections()) {
                r++;
                Row heading = summary.createRow(r++);
                heading.createCell(0).setCellValue(section.heading());
                heading.getCell(0).setCellStyle(bold);
                for (String text : section.paragraphs()) {
                    summary.createRow(r++).createCell(0).setCellValue(text);
                }
                if (!section.table().isEmpty()) {
                    String name = WorkbookUtil.createSafeSheetName((sheetNo++) + " " + section.heading());
                    table(book.createSheet(name), section.table(), bold);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sheet sheet, List<List<String>> rows, CellStyle bold) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c) == null ? "" : values.get(c);
                if (r > 0 && v.matches("-?\\d{1,12}(\\.\\d+)?")) {
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c).setCellValue(v);
                }
                if (r == 0) {
                    row.getCell(c).setCellStyle(bold);
                }
            }
        }
    }
}
