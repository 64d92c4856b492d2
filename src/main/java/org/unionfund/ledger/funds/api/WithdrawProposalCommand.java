package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The proposer takes a pending proposal back. */
public record WithdrawProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        Signatory by,
        String reason) {

    public WithdrawProposalCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(by, "by");
    }
}
