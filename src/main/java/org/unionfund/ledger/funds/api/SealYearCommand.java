package org.unionfund.ledger.funds.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Require;

/** Seals a closed year of a body (年终结账封存): its trial balance is frozen in the log, once. */
public record SealYearCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        int year) {

    public SealYearCommand {
        Require.present(ledgerId, "ledgerId", bodyId, "bodyId");
    }
}
