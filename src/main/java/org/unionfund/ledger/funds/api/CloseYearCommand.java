package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a body's year: every positive fund line moves to the next year with its fund and earmark (结转). */
public record CloseYearCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        int year,
        LocalDate effectiveDate) {

    public CloseYearCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
