package org.unionfund.ledger.statistics.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.recuperation.eligibility.web.EligibleBodies;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reads back the eligible-worker counts registered at a body, from the coverage projection. Registration itself
 * is recuperation's (EligibleWorkersController, same path); the read lives here because only coverage folds it.
 */
@RestController
@RequestMapping("/api/v1/bodies/{bodyId}/eligible-workers")
@Tag(name = "Eligible workers")
public record EligibleWorkersCountsController(BodyDirectory directory, CoverageQueries coverage) {

    public record RegisteredCounts(String bodyId, int year, Map<String, Long> counts) {
    }

    @GetMapping
    @Operation(summary = "The eligible-worker counts registered at the body itself for a year, per category",
            description = "From the coverage projection (a few milliseconds behind the log).")
    public RegisteredCounts registered(@PathVariable String bodyId, @RequestParam int year) {
        EligibleBodies.require(directory, bodyId);
        return new RegisteredCounts(bodyId, year, coverage.eligibleRegistered(bodyId, year));
    }
}
