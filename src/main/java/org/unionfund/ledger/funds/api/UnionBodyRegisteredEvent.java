package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;

import org.axonframework.serialization.Revision;

/** A union body joined the tree; with {@code parentId} null it is the root and the ledger is opened. */
@Revision("1")
public record UnionBodyRegisteredEvent(
        LedgerId ledgerId,
        BodyId bodyId,
        String name,
        UnionBodyLevel level,
        BodyId parentId) {
}
