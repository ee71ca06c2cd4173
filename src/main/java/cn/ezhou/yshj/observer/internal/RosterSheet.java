package cn.ezhou.yshj.observer.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and writing the roster spreadsheets (XLSX). The first row is always the header. */
public final class RosterSheet {

    /** The columns of the nomination template, in order. */
    public static final List<String> IMPORT_COLUMNS = List.of("姓名", "性别", "身份证号码", "手机号码", "电子邮箱",
            "工作单位", "职务", "类别", "层级", "所在区", "所在行业", "推荐单位");

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private RosterSheet() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("观察员");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                sheet.setColumnWidth(c, 18 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c) == null ? "" : rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data rows as text, cells read as displayed (so an ID number typed as a number keeps its
     * digits). Returns null when the bytes are not an XLSX workbook, whatever the file was called.
     */
    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length < 4 || content[0] != ZIP_MAGIC[0] || content[1] != ZIP_MAGIC[1]
                || content[2] != ZIP_MAGIC[2] || content[3] != ZIP_MAGIC[3]) {
            return null;
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < IMPORT_COLUMNS.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
