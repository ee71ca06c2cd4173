package cn.ezhou.yshj.base.document;

import java.util.List;

/**
 * A report as headed sections of text and tables, written out as DOCX or XLSX by the same
 * content: the monthly bulletin and the annual assessment are both built this way.
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** A heading with paragraphs and, optionally, one table (first row = column headings). */
    public record Section(String heading, List<String> paragraphs, List<List<String>> table) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
            table = table == null ? List.of() : table.stream().map(List::copyOf).toList();
        }

        public static Section text(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of());
        }

        public static Section table(String heading, List<List<String>> rows) {
            return new Section(heading, List.of(), rows);
        }
    }
}
