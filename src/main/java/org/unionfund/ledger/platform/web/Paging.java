package org.unionfund.ledger.platform.web;

import java.util.List;

import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The page and size of a list request, in the one pagination style of {@link ListPage}. */
@BoundParameters
public record Paging(
        @Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "0"))
        @RequestParam(defaultValue = "0") int page,
        @Parameter(schema = @Schema(type = "integer", format = "int32", defaultValue = "" + ListPage.DEFAULT_SIZE))
        @RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size) {

    /** Refuses a bad page before anything is read (400 {@code invalid-page}). */
    public void check() {
        ListPage.check(page, size);
    }

    /** This page of an already filtered and sorted list. */
    public <T> ListPage<T> of(List<T> all) {
        return ListPage.of(all, page, size);
    }
}
