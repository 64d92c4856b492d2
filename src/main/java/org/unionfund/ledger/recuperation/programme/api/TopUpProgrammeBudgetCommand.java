package org.unionfund.ledger.recuperation.programme.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Require;

/** Adds budget to an open programme from the body's fund lines; {@code topUpId} is the ledger posting id. */
public record TopUpProgrammeBudgetCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        PostingId topUpId,
        List<ProgrammeBudgetLine> lines,
        LocalDate effectiveDate) {

    public TopUpProgrammeBudgetCommand {
        Require.present(programmeId, "programmeId", topUpId, "topUpId", effectiveDate, "effectiveDate");
        lines = Require.list(lines);
    }
}
