package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "Fixed subsidies (定额补助) from one fund line to several bodies of the subtree, in one posting")
public record GrantSubsidiesRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "S-GZ-2025") @SafeIdentifier String subsidyId,
        @Schema(example = "\"520000\"") @NotNull @SafeIdentifier String fromBodyId,
        @Schema(example = "GZ-2025-FIXED") @NotNull @SafeIdentifier String fundId,
        @Schema(description = "Earmarked line; null = the unrestricted line") @SafeIdentifier String earmark,
        @Schema(example = "2025") @NotNull Integer year,
        @NotEmpty @Size(max = 1000) @Valid List<GrantRequest> grants,
        @Schema(example = "2025-04-15") @NotNull LocalDate effectiveDate) {

    public record GrantRequest(
            @Schema(example = "\"522632\"") @NotNull @SafeIdentifier String toBodyId,
            @Schema(example = "\"850000.00\"") @NotNull @YuanAmount String amount) {
    }
}
