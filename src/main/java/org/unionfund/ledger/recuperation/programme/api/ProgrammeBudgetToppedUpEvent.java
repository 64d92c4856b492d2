package org.unionfund.ledger.recuperation.programme.api;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;

/** More budget was moved to the programme's lines by ledger posting {@code topUpId}. */
@Revision("1")
public record ProgrammeBudgetToppedUpEvent(
        ProgrammeId programmeId,
        PostingId topUpId,
        List<ProgrammeBudgetLine> lines,
        String requestFingerprint) {

    public ProgrammeBudgetToppedUpEvent {
        lines = List.copyOf(lines);
    }
}
