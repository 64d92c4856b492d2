package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

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
        Require.present(ledgerId, "ledgerId", allocationId, "allocationId", fromBodyId, "fromBodyId", fundId, "fundId",
                toBodyId, "toBodyId", amount, "amount", effectiveDate, "effectiveDate");
        SafeId.optional(earmark, "earmark");
    }
}
