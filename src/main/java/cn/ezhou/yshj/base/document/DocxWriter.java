package cn.ezhou.yshj.base.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a report as a Word document; Chinese text set in a CJK font so it renders everywhere. */
public final class DocxWriter {

    static final String FONT = "宋体";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), 18, true);
            if (report.subtitle() != null) {
                XWPFParagraph sub = doc.createParagraph();
                sub.setAlignment(ParagraphAlignment.CENTER);
                run(sub, report.subtitle(), 11, false);
            }
            for (ReportDocument.Section section : report.sections()) {
                run(doc.createParagraph(), section.heading(), 14, true);
                for (String text : section.paragraphs()) {
                    run(doc.createParagraph(), text, 11, false);
                }
                if (!section.table().isEmpty()) {
                    table(doc, section.table());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int columns = rows.get(0).size();
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
                String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                run(cell, value == null ? "" : value, 10, r == 0);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
    }
}
