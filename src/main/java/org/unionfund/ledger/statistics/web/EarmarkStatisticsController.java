package org.unionfund.ledger.statistics.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Earmark compliance and utilisation. JSON by default, CSV with {@code Accept: text/csv} (one row per line or per
 * region row). Definitions: docs/queries.md, "Earmark compliance".
 */
@RestController
@RequestMapping(value = "/api/v1/statistics", produces = {"application/json", "text/csv"})
@Tag(name = "Statistics")
public record EarmarkStatisticsController(EarmarkQueries earmarks) {

    public record EarmarksResponse(int year, String region, String name, boolean subtree,
            EarmarkQueries.EarmarkFigures totals, int totalLines, List<EarmarkQueries.Line> lines) {
    }

    public record EarmarkRegionsResponse(int year, String region, String name, EarmarkQueries.EarmarkFigures total,
            int totalItems, List<EarmarkQueries.RegionRow> items) {
    }

    @GetMapping("/earmarks")
    @Operation(summary = "Earmark compliance (eligible spend on an earmarked line ÷ that line's spend) and "
            + "utilisation (spent ÷ earmarked) per earmarked line of a body or region and year",
            description = "subtree=true (default): the region's consolidated lines (transfers inside the region "
                    + "count once); false: the body's own lines. Ratios are decimals with at least four significant "
                    + "digits, null when the denominator is zero.")
    public EarmarksResponse earmarks(@RequestParam int year,
            @Parameter(description = "Body id of the region", example = "330100") @RequestParam String region,
            @RequestParam(defaultValue = "true") boolean subtree) {
        EarmarkQueries.EarmarkView view = earmarks.earmarks(year, region, subtree);
        return new EarmarksResponse(view.year(), view.region(), view.name(), view.subtree(), view.totals(),
                view.lines().size(), view.lines());
    }

    @GetMapping("/earmarks/regions")
    @Operation(summary = "Earmark compliance and utilisation rolled up the tree: the region's own body, then each "
            + "child region with its subtree, and the region's total (all earmarked lines summed)")
    public EarmarkRegionsResponse regions(@RequestParam int year,
            @Parameter(description = "Body id of the region", example = "330000") @RequestParam String region) {
        EarmarkQueries.RegionsView view = earmarks.regions(year, region);
        return new EarmarkRegionsResponse(view.year(), view.region(), view.name(), view.total(), view.rows().size(),
                view.rows());
    }
}
