package org.unionfund.ledger.recuperation.standard.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.recuperation.standard.api.StandardKind;

import io.swagger.v3.oas.annotations.media.Schema;

/** Response bodies of the standards API. */
public final class StandardResponses {

    private StandardResponses() {
    }

    @Schema(description = "The standard as recorded; a repeated request returns the same body")
    public record Set(String scheduleId, StandardView standard) {
    }

    @Schema(description = "A region's schedule of one kind: every standard in force from its date")
    public record Schedule(String scheduleId, String regionBodyId, StandardKind kind, List<StandardView> standards) {
    }

    @Schema(description = "The standard in force on a date for a region, found on the region itself or the "
            + "nearest ancestor that has one in force on that date")
    public record InForce(String region, StandardKind kind, LocalDate date, String definedBy, String scheduleId,
            StandardView standard) {
    }
}
