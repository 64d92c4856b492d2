package org.unionfund.ledger.funds.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/** The receiver of an allocation puts own money against its matching requirement (资金配套). */
public record CommitMatchingFundsCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        CommitmentId commitmentId,
        AllocationId allocationId,
        Money amount,
        LocalDate effectiveDate) {

    public CommitMatchingFundsCommand {
        Require.present(ledgerId, "ledgerId", commitmentId, "commitmentId", allocationId, "allocationId",
                amount, "amount", effectiveDate, "effectiveDate");
    }
}
