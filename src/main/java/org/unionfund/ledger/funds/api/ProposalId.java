package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.SafeId;

/**
 * Id of a proposal: the request id of the act proposed (allocation id, fund id, …; {@code close:<year>:<body>} for a
 * year close), so the booked posting carries the proposal's id and a repeated request finds its proposal.
 */
public record ProposalId(String value) implements SafeId {

    public ProposalId {
        SafeId.require(value, "proposalId", PostingId.MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
