package org.unionfund.ledger.statistics.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionfund.ledger.platform.web.BoundParameters;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The scope, period and filters shared by the coverage, per-capita and breakdown queries (docs/queries.md): a region
 * with its subtree (default) or a programme; a year, a month (YYYY-MM) or from / to; category and ownership.
 */
@BoundParameters
public record FigureFilter(Integer year, String month,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String region,
        @Parameter(schema = @Schema(type = "boolean", defaultValue = "true"))
        @RequestParam(defaultValue = "true") boolean subtree,
        String programme, String category, String ownership) {

    CoverageQueries.Filter toQuery() {
        return new CoverageQueries.Filter(StatisticsPeriod.of(year, month, from, to), blank(region), subtree,
                blank(programme), blank(category), blank(ownership));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
