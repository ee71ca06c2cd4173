package cn.ezhou.yshj.consultation.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxTextTest {

    @Test
    void paragraphs_and_table_cells_are_read_in_document_order() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("鄂州市优化营商环境若干规定（征求意见稿）");
            document.createParagraph().createRun().setText("第一条　为了持续优化营商环境，制定本规定。");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("事项");
            table.getRow(0).getCell(1).setText("时限");
            document.createParagraph().createRun().setText("第二条　本规定自发布之日起施行。");
            document.write(out);
            docx = out.toByteArray();
        }

        String text = DocxText.text(docx);

        assertThat(text).isEqualTo("鄂州市优化营商环境若干规定（征求意见稿）\n第一条　为了持续优化营商环境，制定本规定。\n"
                + "事项\n时限\n第二条　本规定自发布之日起施行。");
        assertThat(ArticleSplitter.split(text).parts()).extracting(DraftPart::label)
                .containsExactly(null, "第一条", "第二条");
    }

    @Test
    void bytes_that_are_not_a_docx_are_refused() {
        for (byte[] bytes : new byte[][] {"这不是Word文档".getBytes(StandardCharsets.UTF_8), new byte[0],
                {0x50, 0x4B, 0x03, 0x04, 0, 0, 0}}) {
            assertThatThrownBy(() -> DocxText.text(bytes)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
