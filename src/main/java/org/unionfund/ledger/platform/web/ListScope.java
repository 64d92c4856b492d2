package org.unionfund.ledger.platform.web;

import io.swagger.v3.oas.annotations.Parameter;

/** The region (its subtree; default the reader's own) and year every list is filtered by (docs/api-lists.md). */
@BoundParameters
public record ListScope(@Parameter(description = "Body id; its subtree is listed", example = "330100") String region,
        Integer year) {

    /** 400 {@code invalid-year} for a year outside {@link ListFilters#FIRST_YEAR}–{@link ListFilters#LAST_YEAR}. */
    public void check() {
        ListFilters.year(year);
    }
}
