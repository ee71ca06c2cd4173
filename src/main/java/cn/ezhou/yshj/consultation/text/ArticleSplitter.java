package cn.ezhou.yshj.consultation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted or uploaded policy draft into chapters, sections, 附则 and articles
 * (第X条), or — for "若干措施"-style texts without articles — into top-level items (一、二、…),
 * so that commenters can comment article by article. Text before the first heading or article is
 * the preamble; a text with neither articles nor items stays one WHOLE part.
 * <p>
 * A line starting with 第X条 (章, 节) is taken as a new article (chapter, section) only if X
 * follows the previous one, so a body line opening with a reference such as "第五条规定的情形除外"
 * stays in its article.
 */
public final class ArticleSplitter {

    private static final String NUM = "([零〇一二两三四五六七八九十百千0-9０-９]{1,8})";
    private static final String GAP = "[\\s\\u3000\\u00A0]*";
    private static final Pattern CHAPTER = Pattern.compile("第" + NUM + "章" + GAP + "(.*)");
    private static final Pattern SECTION = Pattern.compile("第" + NUM + "节" + GAP + "(.*)");
    /** Not "第五条规定…", "第五条第二款", "第五条、第六条", "第五条至…": those refer to an article. */
    private static final Pattern ARTICLE = Pattern.compile("第" + NUM + "条(?![规第、至所的中和或及之])" + GAP + "(.*)");
    private static final Pattern ITEM = Pattern.compile("([零〇一二两三四五六七八九十百千]{1,6})、" + GAP + "(.*)");
    private static final Pattern SUPPLEMENTARY = Pattern.compile("附" + GAP + "则");
    /** Heading titles are short and have no sentence punctuation; "第三章规定的，…" is prose. */
    private static final Pattern PROSE = Pattern.compile("[，。；：！？,;:!?]|.{41,}");
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u3000\\u00A0\\uFEFF]+|[\\s\\u3000\\u00A0\\uFEFF]+$");
    static final String SUPPLEMENTARY_LABEL = "附则";

    private ArticleSplitter() {
    }

    public static SplitResult split(String text) {
        List<String> lines = lines(text);
        for (boolean itemMode : new boolean[] {false, true}) {
            List<DraftPart> parts = parse(lines, itemMode);
            if (parts.stream().anyMatch(p -> p.kind() == PartKind.ARTICLE)) {
                return new SplitResult(parts, true);
            }
        }
        return new SplitResult(List.of(DraftPart.whole(String.join("\n", lines))), false);
    }

    /** Plain text again, one heading or paragraph a line; {@code split(join(parts))} gives the parts back. */
    public static String join(List<DraftPart> parts) {
        List<String> out = new ArrayList<>();
        for (DraftPart p : parts) {
            String line = switch (p.kind()) {
                case CHAPTER, SECTION -> p.label() + (p.title() == null ? "" : "\u3000" + p.title());
                case SUPPLEMENTARY -> p.label() == null ? SUPPLEMENTARY_LABEL : p.label();
                case ARTICLE -> p.label() + (p.body().isEmpty() || p.label().endsWith("、") ? "" : "\u3000") + p.body();
                case PREAMBLE, WHOLE -> p.body();
            };
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    /** The non-blank lines, trimmed of ordinary, full-width and no-break spaces. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : (text == null ? "" : text).split("\r\n|\r|\n")) {
            String line = EDGE_SPACE.matcher(raw).replaceAll("");
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<DraftPart> parse(List<String> lines, boolean itemMode) {
        List<DraftPart> parts = new ArrayList<>();
        Open open = null;
        int chapter = 0, section = 0, article = 0;
        for (String line : lines) {
            Matcher m;
            Integer n;
            DraftPart heading = null;
            if ((n = next(m = CHAPTER.matcher(line), chapter, false)) != null && isTitle(m.group(2))) {
                heading = DraftPart.heading(PartKind.CHAPTER, chapter = n, "第" + m.group(1) + "章", title(m.group(2)));
                section = 0;
            } else if ((n = next(m = SECTION.matcher(line), section, false)) != null && isTitle(m.group(2))) {
                heading = DraftPart.heading(PartKind.SECTION, section = n, "第" + m.group(1) + "节", title(m.group(2)));
            } else if (SUPPLEMENTARY.matcher(line).matches()) {
                heading = DraftPart.heading(PartKind.SUPPLEMENTARY, null, SUPPLEMENTARY_LABEL, null);
            }
            if (heading != null) {
                close(open, parts);
                open = null;
                parts.add(heading);
            } else if ((n = next(m = (itemMode ? ITEM : ARTICLE).matcher(line), article, itemMode)) != null) {
                close(open, parts);
                article = n;
                open = new Open(n, itemMode ? m.group(1) + "、" : "第" + m.group(1) + "条");
                if (!m.group(2).isEmpty()) {
                    open.lines().add(m.group(2));
                }
            } else {
                if (open == null) {
                    open = new Open(null, null);   // preamble: text before (or under a heading before) an article
                }
                open.lines().add(line);
            }
        }
        close(open, parts);
        return parts;
    }

    /** The number if the line matches and continues the sequence (the first may be any, items start at 一). */
    private static Integer next(Matcher m, int previous, boolean fromOne) {
        if (!m.matches()) {
            return null;
        }
        int n;
        try {
            n = ChineseNumerals.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean first = previous == 0;
        return (first && (!fromOne || n == 1) && n > 0) || n == previous + 1 ? n : null;
    }

    private static boolean isTitle(String rest) {
        return !PROSE.matcher(rest).find();
    }

    private static String title(String rest) {
        return rest.isEmpty() ? null : rest;
    }

    private static void close(Open open, List<DraftPart> parts) {
        if (open == null) {
            return;
        }
        String body = String.join("\n", open.lines());
        parts.add(open.label() == null ? DraftPart.preamble(body) : DraftPart.article(open.number(), open.label(), body));
    }

    /** An article (or the preamble, without label) whose body lines are still being read. */
    private record Open(Integer number, String label, List<String> lines) {
        Open(Integer number, String label) {
            this(number, label, new ArrayList<>());
        }
    }
}
