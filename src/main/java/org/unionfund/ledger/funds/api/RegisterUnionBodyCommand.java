package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Registers a union body; registering the root body (id = ledger id, no parent) opens the ledger. */
public record RegisterUnionBodyCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        String name,
        UnionBodyLevel level,
        BodyId parentId) {

    public RegisterUnionBodyCommand {
        Require.present(ledgerId, "ledgerId", bodyId, "bodyId", level, "level");
        Require.text(name, "name");
    }
}
