package org.unionfund.ledger.funds.api;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Evaluates an allocation's matching requirement once its deadline day has ended (sent by a scheduler). */
public record RecordMatchingShortfallCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        AllocationId allocationId,
        Instant evaluatedAt) {

    public RecordMatchingShortfallCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }
}
