package cn.ezhou.yshj.consultation.text;

import java.util.Objects;

/**
 * One part of a split policy text, so that a draft can be commented on and compared article by
 * article. Headings (CHAPTER, SECTION, SUPPLEMENTARY) carry label and title and an empty body;
 * ARTICLE carries a label such as "第五条" (or "五、" for a text numbered by items), its number and
 * body; PREAMBLE and WHOLE carry only a body. Paragraphs inside a body are separated by '\n'.
 */
public record DraftPart(PartKind kind, Integer number, String label, String title, String body) {

    public DraftPart {
        Objects.requireNonNull(kind, "kind");
        body = body == null ? "" : body;
    }

    public static DraftPart article(int number, String label, String body) {
        return new DraftPart(PartKind.ARTICLE, number, label, null, body);
    }

    public static DraftPart heading(PartKind kind, Integer number, String label, String title) {
        return new DraftPart(kind, number, label, title, "");
    }

    public static DraftPart preamble(String body) {
        return new DraftPart(PartKind.PREAMBLE, null, null, null, body);
    }

    public static DraftPart whole(String body) {
        return new DraftPart(PartKind.WHOLE, null, null, null, body);
    }

    /** Articles, the preamble and an unstructured whole text take comments; headings do not. */
    public boolean commentable() {
        return kind == PartKind.ARTICLE || kind == PartKind.PREAMBLE || kind == PartKind.WHOLE;
    }

    /** "第五条", "第一章 总则", "附则"; empty for PREAMBLE and WHOLE, whose caption is the UI's business. */
    public String displayLabel() {
        if (kind == PartKind.PREAMBLE || kind == PartKind.WHOLE || label == null) {
            return "";
        }
        return label + (title == null || title.isEmpty() ? "" : " " + title);
    }
}
