package cn.ezhou.yshj.base;

import java.time.LocalDate;
import java.util.List;

/**
 * A public record found by words: its id (for the link to its page), its title with the matched
 * words marked ({@link MarkedWords}; the plain title where none matched), up to two marked passages
 * of its text, and its date (opened, issued or published).
 */
public record TextHit(long id, String title, List<String> passages, LocalDate date) {

    public TextHit {
        passages = List.copyOf(passages);
    }
}
