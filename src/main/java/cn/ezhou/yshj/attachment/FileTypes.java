package cn.ezhou.yshj.attachment;

import cn.ezhou.yshj.base.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The allow-list (PDF, DOCX, XLSX, JPG, PNG), recognised by the file's first bytes and, for the
 * Office formats, by the part every such document contains. The name's extension must agree.
 */
public final class FileTypes {

    public static final String ACCEPT = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileTypes() {
    }

    /** The content type of an allowed file; a refusal for anything else. */
    public static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Refusal("attachment.error.empty");
        }
        String extension = extension(fileName);
        String declared = BY_EXTENSION.get(extension);
        String detected = detect(content);
        if (declared == null || detected == null) {
            throw new Refusal("attachment.error.type");
        }
        if (!declared.equals(detected)) {
            throw new Refusal("attachment.error.mismatch");
        }
        return detected;
    }

    static String detect(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return officeType(b);
        }
        return null;
    }

    private static String officeType(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return BY_EXTENSION.get("docx");
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return BY_EXTENSION.get("xlsx");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without any path, control characters or excess length. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 199 - ext.length()) + "." + ext;
        }
        if (name.isEmpty() || name.startsWith(".")) {
            throw new Refusal("attachment.error.name");
        }
        return name;
    }
}
