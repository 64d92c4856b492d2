package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * The ledger of one root union body and its whole tree. {@link #toString()} is the root body id, which is what
 * Axon uses as the aggregate identifier in the event store.
 */
public record LedgerId(String rootBodyId) {

    public LedgerId {
        SafeId.require(rootBodyId, "ledgerId");
    }

    public static LedgerId of(BodyId root) {
        return new LedgerId(root.value());
    }

    public BodyId root() {
        return new BodyId(rootBodyId);
    }

    @Override
    public String toString() {
        return rootBodyId;
    }
}
