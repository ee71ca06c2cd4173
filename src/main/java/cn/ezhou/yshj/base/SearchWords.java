package cn.ezhou.yshj.base;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a person typed into a search box, made fit for the index: half-width (NFKC, so ＡＢＣ１２３
 * and ABC123 are one word), spaces and punctuation between two Chinese characters dropped (不动产 登记
 * is 不动产登记: Chinese is written without spaces, so such a gap is a slip), runs of spaces made one.
 * A blank query is {@link #none()}; one longer than {@link #MAX_CHARS} is refused with a message,
 * not cut silently, so the person knows their words were not all searched.
 */
public record SearchWords(String text) {

    public static final int MAX_CHARS = 100;
    /** The analyzer every indexed text field and every query uses (see the search module). */
    public static final String CHINESE = "chinese";

    private static final Pattern GAP_IN_CHINESE = Pattern.compile(
            "(?<=\\p{IsHan})[\\s\\p{P}\\p{S}]+(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static SearchWords none() {
        return new SearchWords("");
    }

    /** The query as typed; refused (search.error.tooLong) beyond {@value #MAX_CHARS} characters. */
    public static SearchWords of(String typed) {
        if (typed == null || typed.isBlank()) {
            return none();
        }
        String half = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (half.length() > MAX_CHARS) {
            throw new Refusal("search.error.tooLong", MAX_CHARS);
        }
        String joined = GAP_IN_CHINESE.matcher(half).replaceAll("");
        return new SearchWords(SPACES.matcher(joined).replaceAll(" "));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
