package org.unionfund.ledger.funds.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** A reviewer or approver turns a proposal down, with a reason; nothing is booked. */
public record RejectProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        Signatory by,
        String reason) {

    public RejectProposalCommand {
        Require.present(ledgerId, "ledgerId", proposalId, "proposalId", by, "by");
        Require.text(reason, "reason");
    }
}
