package cn.ezhou.yshj.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An item changed since the oversight figures last counted it: the version read (the mark is
 * cleared only if the item is still at it), its bucket now (none for a draft) and the buckets it
 * was counted in before it moved. {@code untraceable} when it moved too often to keep them all: only
 * a full rebuild then puts the figures right.
 */
public record ChangedItem(long id, long version, @Nullable FigureBucket now, List<FigureBucket> before,
                          boolean untraceable) {
}
