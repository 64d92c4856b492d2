package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * Reverses all or part of an earlier posting (冲销). Give {@code legs} (parts of original legs), or for a
 * two-leg posting a single {@code amount}, or neither to reverse everything not yet reversed. A reversal
 * flagged {@code correction} may touch a closed year.
 */
public record ReversePostingCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        ReversalId reversalId,
        PostingId originalPostingId,
        List<ReversalLeg> legs,
        Money amount,
        String reason,
        LocalDate effectiveDate,
        boolean correction) {

    public ReversePostingCommand {
        Require.present(ledgerId, "ledgerId", reversalId, "reversalId", originalPostingId, "originalPostingId",
                effectiveDate, "effectiveDate");
        legs = Require.list(legs);
        Require.text(reason, "reason");
    }
}
