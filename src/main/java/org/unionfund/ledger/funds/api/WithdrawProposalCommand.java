package org.unionfund.ledger.funds.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** The proposer takes a pending proposal back. */
public record WithdrawProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        Signatory by,
        String reason) {

    public WithdrawProposalCommand {
        Require.present(ledgerId, "ledgerId", proposalId, "proposalId", by, "by");
    }
}
