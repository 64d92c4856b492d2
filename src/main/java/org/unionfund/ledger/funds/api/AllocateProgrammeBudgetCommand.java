package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.Require;

/**
 * Sets money of a body's fund lines aside for a recuperation programme: per line FUND(body, year, fund, earmark)
 * −amount and PROGRAMME(body, year, fund, earmark, programme) +amount, earmarked parts kept apart. Sent by the
 * programme handlers when a programme is opened or topped up (in the same unit of work as the programme's own
 * event); {@code budgetId} is the posting id and shares the ledger's id namespace.
 */
public record AllocateProgrammeBudgetCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        PostingId budgetId,
        String programme,
        BodyId bodyId,
        int year,
        List<ProgrammeBudgetLine> lines,
        LocalDate effectiveDate) {

    public AllocateProgrammeBudgetCommand {
        Require.present(ledgerId, "ledgerId", budgetId, "budgetId", bodyId, "bodyId", effectiveDate, "effectiveDate");
        SafeId.require(programme, "programme");
        lines = Require.list(lines);
    }
}
