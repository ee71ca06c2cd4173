package cn.ezhou.yshj.base;

import java.util.List;

/**
 * A page of {@link TextHit}s and how many there are in all. {@code indexBuilding}: the index is
 * being rebuilt, so records may still be missing.
 */
public record TextHits(List<TextHit> hits, long total, boolean indexBuilding) {

    public TextHits {
        hits = List.copyOf(hits);
    }

    public static TextHits none() {
        return new TextHits(List.of(), 0, false);
    }
}
