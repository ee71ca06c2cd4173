package cn.ezhou.yshj.consultation.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.util.unit.DataSize;

/**
 * The plain text of an uploaded .docx draft, so that departments can upload the Word file they
 * already have instead of pasting it: one line per paragraph, table cells' paragraphs included in
 * document order. Numbering that Word generates automatically (list numbering) is not part of the
 * paragraph text and is therefore not included.
 */
public final class DocxText {

    /** The largest draft file read; the upload is cut at this size while it streams in. */
    public static final DataSize MAX_SIZE = DataSize.ofMegabytes(10);

    private DocxText() {
    }

    /** Throws IllegalArgumentException when the bytes are not a readable DOCX. */
    public static String text(byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw new IllegalArgumentException("empty document");
        }
        if (docx.length > MAX_SIZE.toBytes()) {
            throw new IllegalArgumentException("document over " + MAX_SIZE);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            collect(document.getBodyElements(), lines);
            return String.join("\n", lines);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable DOCX document", e);
        }
    }

    private static void collect(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), lines);
                    }
                }
            }
        }
    }
}
