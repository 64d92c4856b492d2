package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/** Closes a body's year: every positive fund line moves to the next year with its fund and earmark (结转). */
public record CloseYearCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        int year,
        LocalDate effectiveDate) {

    public CloseYearCommand {
        Require.present(ledgerId, "ledgerId", bodyId, "bodyId", effectiveDate, "effectiveDate");
    }
}
