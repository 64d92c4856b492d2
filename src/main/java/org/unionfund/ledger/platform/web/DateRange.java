package org.unionfund.ledger.platform.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An inclusive date filter of a list, either end open (docs/api-lists.md). */
@BoundParameters
public record DateRange(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** 400 {@code invalid-range} when {@code to} is before {@code from}. */
    public void check() {
        ListFilters.range(from, to);
    }
}
