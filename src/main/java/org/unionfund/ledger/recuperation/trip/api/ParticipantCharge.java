package org.unionfund.ledger.recuperation.trip.api;

import java.util.Objects;

import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;

/** What one attending worker cost the union and which programme line paid it. */
public record ParticipantCharge(ParticipantId participantId, WorkerPseudonym worker, ProgrammeLine line,
        Money amount) {

    public ParticipantCharge {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
    }

    public ParticipantCharge withLine(ProgrammeLine newLine) {
        return new ParticipantCharge(participantId, worker, newLine, amount);
    }
}
