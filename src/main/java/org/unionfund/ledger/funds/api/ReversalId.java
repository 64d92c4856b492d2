package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Id of a reversal; it is also the id of the reversing posting. Client-chosen ones are at most 64 characters; the
 * reversals trips make carry their longer {@link PostingId#tripReversal} ids.
 */
public record ReversalId(String value) implements SafeId {

    public ReversalId {
        SafeId.require(value, "reversalId", PostingId.MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
