package org.unionfund.ledger.funds.web;

import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.platform.web.validation.SafeIdentifier;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Schema(description = "A union body to register. Without parentId it is the root of a new ledger (a province "
        + "federation, or a parentless body such as Dalian); with parentId it joins its parent's ledger.")
public record RegisterBodyRequest(
        @Schema(description = "Body id: the 6-digit GB/T 2260 code for province, city and county bodies; "
                + "optional when the Idempotency-Key header carries it", example = "\"330105\"")
        @SafeIdentifier String bodyId,
        @Schema(example = "拱墅区总工会") @NotBlank @Size(max = 200) String name,
        @Schema(example = "COUNTY") @NotNull UnionBodyLevel level,
        @Schema(description = "Parent body; null for a ledger root", example = "\"330100\"")
        @SafeIdentifier String parentId) {
}
