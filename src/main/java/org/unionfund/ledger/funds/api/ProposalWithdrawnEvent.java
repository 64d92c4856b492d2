package org.unionfund.ledger.funds.api;

import org.axonframework.serialization.Revision;

/** The proposer withdrew a pending proposal; nothing was booked. */
@Revision("1")
public record ProposalWithdrawnEvent(
        LedgerId ledgerId,
        ProposalId proposalId,
        Signatory by,
        String reason) implements ApprovalEvent {
}
