package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;

/** The receiver of an allocation puts own money against its matching requirement (资金配套). */
public record CommitMatchingFundsCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        CommitmentId commitmentId,
        AllocationId allocationId,
        Money amount,
        LocalDate effectiveDate) {

    public CommitMatchingFundsCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
