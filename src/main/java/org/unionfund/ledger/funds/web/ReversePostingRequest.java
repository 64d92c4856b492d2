package org.unionfund.ledger.funds.web;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.platform.web.validation.SafeIdentifier;
import org.unionfund.ledger.platform.web.validation.YuanAmount;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "Reverses all or part of a posting (冲销). Give legs, or for a two-leg posting a single "
        + "amount, or neither to reverse everything not yet reversed.")
public record ReversePostingRequest(
        @Schema(description = "Client id (also the posting id); optional when the Idempotency-Key header carries it",
                example = "R-2025-0042") @SafeIdentifier String reversalId,
        @Size(max = 1000) @Valid List<LegRequest> legs,
        @Schema(example = "\"300000.00\"") @YuanAmount String amount,
        @Schema(example = "allocation keyed in too high") @NotBlank @Size(max = 500) String reason,
        @Schema(example = "2025-05-20") @NotNull LocalDate effectiveDate,
        @Schema(description = "A correction may touch a closed year") Boolean correction) {

    public record LegRequest(
            @Schema(description = "0-based index of the original leg", example = "0") @NotNull @PositiveOrZero
            Integer leg,
            @Schema(example = "\"300000.00\"") @NotNull @YuanAmount String amount) {
    }
}
