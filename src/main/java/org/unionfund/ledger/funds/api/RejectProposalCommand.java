package org.unionfund.ledger.funds.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reviewer or approver turns a proposal down, with a reason; nothing is booked. */
public record RejectProposalCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ProposalId proposalId,
        Signatory by,
        String reason) {

    public RejectProposalCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(by, "by");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
