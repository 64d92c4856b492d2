package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Money;

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
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(reversalId, "reversalId");
        Objects.requireNonNull(originalPostingId, "originalPostingId");
        legs = legs == null ? List.of() : List.copyOf(legs);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
