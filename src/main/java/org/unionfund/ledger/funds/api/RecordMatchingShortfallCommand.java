package org.unionfund.ledger.funds.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Evaluates an allocation's matching requirement once its deadline day has ended (sent by a scheduler). */
public record RecordMatchingShortfallCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        AllocationId allocationId,
        Instant evaluatedAt) {

    public RecordMatchingShortfallCommand {
        Require.present(ledgerId, "ledgerId", allocationId, "allocationId", evaluatedAt, "evaluatedAt");
    }
}
