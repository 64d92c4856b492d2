package org.unionfund.ledger.funds.api;

import org.axonframework.serialization.Revision;

/** A proposal was turned down at {@code step}; nothing was booked. */
@Revision("1")
public record ProposalRejectedEvent(
        LedgerId ledgerId,
        ProposalId proposalId,
        ApprovalStep step,
        Signatory by,
        String reason) implements ApprovalEvent {
}
