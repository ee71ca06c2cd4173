package cn.ezhou.yshj.observer.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the 聘书 as DOCX. Chinese text is set in 宋体/黑体 (East Asian font slots), which every
 * Chinese Word or WPS installation has; the text itself is Unicode, so nothing is lost elsewhere.
 */
public final class LetterDocument {

    private LetterDocument() {
    }

    public static byte[] write(String name, String certificateNo, LocalDate termStart, LocalDate termEnd,
                               LocalDate issuedOn) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            line(doc, "聘　书", "黑体", 36, true, ParagraphAlignment.CENTER);
            line(doc, "编号：" + certificateNo, "宋体", 12, false, ParagraphAlignment.RIGHT);
            line(doc, "兹聘请 " + name + " 同志为鄂州市营商环境观察员，聘期自 " + chinese(termStart) + " 至 "
                    + chinese(termEnd) + "。", "宋体", 16, false, ParagraphAlignment.LEFT);
            line(doc, "望代表民意、反映诉求，积极为优化营商环境建言献策，依法依规履行观察员职责。", "宋体", 16, false,
                    ParagraphAlignment.LEFT);
            line(doc, "鄂州市优化营商环境领导小组办公室", "宋体", 14, false, ParagraphAlignment.RIGHT);
            line(doc, chinese(issuedOn), "宋体", 14, false, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument doc, String text, String font, int size, boolean bold,
                             ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(240);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
