package org.unionfund.ledger.recuperation.standard.web;

import java.time.LocalDate;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

@Schema(description = "A region's standard from a date on. Setting a date that already has a standard is a "
        + "correction and must name the standard it replaces in supersedesStandardId.")
public record SetStandardRequest(
        @Schema(description = "Client id of the standard, unique within its schedule; optional when the "
                + "Idempotency-Key header carries it", example = "ZJ-CAP-2020") @SafeIdentifier String standardId,
        @Schema(description = "The region's union body (registered)", example = "\"330000\"")
        @NotNull @SafeIdentifier String regionBodyId,
        @Schema(example = "DAILY_PRICE_CAP") @NotNull StandardKind kind,
        @NotNull @Valid ValueRequest value,
        @Schema(example = "2020-01-01") @NotNull LocalDate effectiveFrom,
        @SafeIdentifier String supersedesStandardId) {

    @Schema(description = "Exactly one of amount (DAILY_PRICE_CAP, ANNUAL_CAP_PER_WORKER) or days (trip lengths)")
    public record ValueRequest(
            @Schema(example = "\"600.00\"") @YuanAmount String amount,
            @Schema(example = "5") @Positive Integer days) {
    }
}
