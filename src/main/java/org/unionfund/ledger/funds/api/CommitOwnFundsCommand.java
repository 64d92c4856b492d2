package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * A body commits its own money (资金配套) towards the matching requirement of allocation document {@code documentId};
 * the body must be in the requirement's scope. The money enters the body's own-money fund {@code fundId} (null =
 * {@code OWN-<bodyId>-<year>}). {@code effectiveDate} is the business date the deadline is judged on.
 */
public record CommitOwnFundsCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        CommitmentId commitmentId,
        AllocationId documentId,
        BodyId bodyId,
        FundId fundId,
        Money amount,
        LocalDate effectiveDate) {

    public CommitOwnFundsCommand {
        Require.present(ledgerId, "ledgerId", commitmentId, "commitmentId", documentId, "documentId", bodyId, "bodyId",
                amount, "amount", effectiveDate, "effectiveDate");
    }
}
