package org.unionfund.ledger.funds.web;


import org.springdoc.core.annotations.ParameterObject;
import org.unionfund.ledger.platform.web.ListScope;
import org.unionfund.ledger.platform.web.Paging;
import org.unionfund.ledger.platform.web.DateRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.funds.query.FundLists;
import org.unionfund.ledger.platform.web.ListPage;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Lists of funds and allocation documents (docs/api-lists.md): filters, one pagination style ({@link ListPage}),
 * the reader's scope ({@link ListedBodies}).
 */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
@Tag(name = "Lists", description = "Browse funds, allocation documents, programmes, trips and a trip's participants "
        + "with filters; paged by page (from 0) and size (1 to 1000, default 50); totalItems counts every match")
@ScopedInHandler
public record FundListController(ListedBodies bodies, FundLists lists) {

    @GetMapping("/funds")
    @Operation(summary = "Funds established by the bodies of a region's subtree (default: the reader's own subtree; "
            + "auditors: every ledger)", description = "Newest year first. Filters: year, purpose (e.g. RECUPERATION).")
    public ListPage<FundLists.FundItem> funds(@ParameterObject ListScope scope,
            @RequestParam(required = false) String purpose, @ParameterObject Paging paging) {
        paging.check();
        scope.check();
        return paging.of(lists.funds(bodies.select(scope.region()), scope.year(), blank(purpose)));
    }

    @GetMapping("/allocation-documents")
    @Operation(summary = "Allocation documents (拨款文件, with 文号) sent or received by the bodies of a region's "
            + "subtree", description = "Newest document date first. Filters: year and from / to (document date, "
            + "inclusive).")
    public ListPage<FundLists.DocumentItem> documents(@ParameterObject ListScope scope,
            @ParameterObject DateRange dates, @ParameterObject Paging paging) {
        paging.check();
        scope.check();
        dates.check();
        return paging.of(lists.documents(bodies.select(scope.region()), scope.year(), dates.from(), dates.to()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
