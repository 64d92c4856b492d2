package org.unionfund.ledger.recuperation.programme.web;

import java.util.Arrays;

import org.springdoc.core.annotations.ParameterObject;
import org.unionfund.ledger.platform.web.ListScope;
import org.unionfund.ledger.platform.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.funds.directory.ListedBodies;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.web.ListFilters;
import org.unionfund.ledger.platform.web.ListPage;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeLists;
import org.unionfund.ledger.security.scope.ScopedInHandler;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The programme list (docs/api-lists.md). */
@RestController
@RequestMapping(value = "/api/v1/programmes", produces = "application/json")
@Tag(name = "Lists")
@ScopedInHandler
public record ProgrammeListController(ListedBodies bodies, ProgrammeLists lists) {

    @GetMapping
    @Operation(summary = "Recuperation programmes run by the bodies of a region's subtree (default: the reader's own "
            + "subtree; auditors: every ledger)", description = "Newest year first. Filters: year, category (an "
            + "eligible worker category of the programme).")
    public ListPage<ProgrammeLists.ProgrammeItem> programmes(@ParameterObject ListScope scope,
            @Parameter(description = "FRONTLINE, MODEL_WORKER, NEW_FORM or HARDSHIP")
            @RequestParam(required = false) String category, @ParameterObject Paging paging) {
        paging.check();
        scope.check();
        String wanted = category == null || category.isBlank() ? null : category;
        ListFilters.oneOf(wanted, Arrays.stream(WorkerCategory.values()).map(Enum::name).toList(), "category");
        return paging.of(lists.programmes(bodies.select(scope.region()), scope.year(), wanted));
    }
}
