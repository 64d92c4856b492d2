package org.unionfund.ledger.recuperation.programme.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;

/** Adds budget to an open programme from the body's fund lines; {@code topUpId} is the ledger posting id. */
public record TopUpProgrammeBudgetCommand(
        @TargetAggregateIdentifier ProgrammeId programmeId,
        PostingId topUpId,
        List<ProgrammeBudgetLine> lines,
        LocalDate effectiveDate) {

    public TopUpProgrammeBudgetCommand {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(topUpId, "topUpId");
        lines = lines == null ? List.of() : List.copyOf(lines);
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
