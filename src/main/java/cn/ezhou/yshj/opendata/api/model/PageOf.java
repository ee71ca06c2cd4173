package cn.ezhou.yshj.opendata.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list: {@code page} counts from 0; {@code totalItems} over all pages. */
@Schema(description = "One page of a list; page counts from 0")
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageOf<T> of(Page<S> page, Function<S, T> map) {
        return new PageOf<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** A page of a list the service returns whole (a report's comments). */
    public static <S, T> PageOf<T> of(List<S> all, int page, int size, Function<S, T> map) {
        long from = Math.min((long) page * size, all.size());
        int to = (int) Math.min(from + size, all.size());
        return new PageOf<>(all.subList((int) from, to).stream().map(map).toList(), page, size, all.size(),
                (all.size() + size - 1) / size);
    }
}
