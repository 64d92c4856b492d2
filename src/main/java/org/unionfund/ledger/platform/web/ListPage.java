package org.unionfund.ledger.platform.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The one pagination style of the list endpoints (docs/api-lists.md): {@code page} counts from 0, {@code size} is
 * 1 to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}), {@code totalItems} counts every item the filters match.
 * The statistics API pages its items the same way.
 */
@Schema(description = "A page of a list: page (from 0), size, totalItems matching the filters, the items")
public record ListPage<T>(int page, int size, long totalItems, List<T> items) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    /** Refuses a page before anything is read: 400 {@code invalid-page} naming {@code page} or {@code size}. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw RequestProblem.badRequest("invalid-page", "page", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RequestProblem.badRequest("invalid-page", "size", "size is 1 to " + MAX_SIZE);
        }
    }

    /** The page of an already filtered and sorted list. */
    public static <T> ListPage<T> of(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min(all.size(), (long) page * size);
        return new ListPage<>(page, size, all.size(), List.copyOf(all.subList(from, Math.min(all.size(),
                from + size))));
    }
}
