package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a union body; registering the root body (id = ledger id, no parent) opens the ledger. */
public record RegisterUnionBodyCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        String name,
        UnionBodyLevel level,
        BodyId parentId) {

    public RegisterUnionBodyCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(level, "level");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
