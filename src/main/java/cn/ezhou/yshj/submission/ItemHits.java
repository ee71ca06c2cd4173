package cn.ezhou.yshj.submission;

import java.util.List;

/**
 * A page of hits and how many there are in all ({@code exact} false: at least that many; counting
 * further would cost time and change nothing the person does). {@code indexBuilding}: the index is
 * being rebuilt, so items may still be missing.
 */
public record ItemHits(List<ItemHit> hits, long total, boolean exact, boolean indexBuilding) {
}
