package cn.ezhou.yshj.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ezhou.yshj.base.Refusal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Files are recognised by their content; a name cannot smuggle in another type. */
public class FileTypesTest {

    public static byte[] png() throws IOException {
        return image("png");
    }

    public static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    public static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("整改情况说明");
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("统计").createRow(0).createCell(0).setCellValue("数量");
            book.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void each_allowed_type_is_recognised_by_its_content() throws IOException {
        assertThat(FileTypes.check("情况.pdf", pdf())).isEqualTo("application/pdf");
        assertThat(FileTypes.check("现场.PNG", png())).isEqualTo("image/png");
        assertThat(FileTypes.check("现场.jpg", image("jpg"))).isEqualTo("image/jpeg");
        assertThat(FileTypes.check("现场.jpeg", image("jpg"))).isEqualTo("image/jpeg");
        assertThat(FileTypes.check("说明.docx", docx())).endsWith("wordprocessingml.document");
        assertThat(FileTypes.check("统计.xlsx", xlsx())).endsWith("spreadsheetml.sheet");
    }

    @Test
    void anything_else_is_refused_with_a_reason() throws IOException {
        assertThatThrownBy(() -> FileTypes.check("setup.exe", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.type");
        assertThatThrownBy(() -> FileTypes.check("setup.pdf", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.type");
        byte[] png = png();
        assertThatThrownBy(() -> FileTypes.check("伪装.pdf", png))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.mismatch");
        byte[] docx = docx();
        assertThatThrownBy(() -> FileTypes.check("表格.xlsx", docx))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.mismatch");
        assertThatThrownBy(() -> FileTypes.check("空.pdf", new byte[0]))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.empty");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> FileTypes.check("压缩.docx", zip.toByteArray()))
                .isInstanceOf(Refusal.class).hasMessage("attachment.error.type");
    }

    @Test
    void names_lose_their_path_and_control_characters() {
        assertThat(FileTypes.cleanName("C:\\Users\\张三\\..\\情况说明.pdf")).isEqualTo("情况说明.pdf");
        assertThat(FileTypes.cleanName("../../etc/passwd.png")).isEqualTo("passwd.png");
        assertThat(FileTypes.cleanName("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(FileTypes.cleanName("长".repeat(300) + ".pdf")).hasSizeLessThanOrEqualTo(200).endsWith(".pdf");
        assertThatThrownBy(() -> FileTypes.cleanName("/tmp/")).isInstanceOf(Refusal.class);
    }
}
