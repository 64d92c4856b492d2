package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;

/**
 * Moves money from a body's fund line to a body in its strict subtree (补助下级); fund and earmark travel with
 * the money. {@code earmark} null = the unrestricted line; {@code matching} null = no matching required.
 */
public record AllocateFundsCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        AllocationId allocationId,
        BodyId fromBodyId,
        FundId fundId,
        String earmark,
        BodyId toBodyId,
        Money amount,
        LocalDate effectiveDate,
        MatchingRequirement matching) {

    public AllocateFundsCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(fromBodyId, "fromBodyId");
        Objects.requireNonNull(fundId, "fundId");
        SafeId.optional(earmark, "earmark");
        Objects.requireNonNull(toBodyId, "toBodyId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
