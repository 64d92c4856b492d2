package org.unionfund.ledger.recuperation.trip.api;


import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.kernel.Require;

/** What one attending worker cost the union and which programme line paid it. */
public record ParticipantCharge(ParticipantId participantId, WorkerPseudonym worker, ProgrammeLine line,
        Money amount) {

    public ParticipantCharge {
        Require.present(participantId, "participantId", worker, "worker", line, "line", amount, "amount");
    }

    public ParticipantCharge withLine(ProgrammeLine newLine) {
        return new ParticipantCharge(participantId, worker, newLine, amount);
    }
}
