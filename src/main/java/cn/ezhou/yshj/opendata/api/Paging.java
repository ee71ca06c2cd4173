package cn.ezhou.yshj.opendata.api;

import org.springframework.data.domain.PageRequest;

/**
 * The {@code page} and {@code size} parameters of every list: pages count from 0, at most
 * {@value #MAX_SIZE} items a page. The last page number is bounded too, so that a deep page
 * cannot make the database skip millions of rows.
 */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    static PageRequest of(int page, int size) {
        check(page, size);
        return PageRequest.of(page, size);
    }

    static void check(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequest("size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new BadRequest("page must be between 0 and " + MAX_PAGE + " (pages count from 0), not " + page);
        }
    }
}
