package org.unionfund.ledger.recuperation.worker.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.kernel.Require;

/**
 * Records that a worker was funded for a trip, judged against the worker's whole history: the programme's
 * {@code frequencyRule} ({@code frequency-exceeded}) and the {@code annualCap} per worker and calendar year
 * ({@code annual-cap-exceeded}; null = none). Sent by the settlement handler in the settlement's unit of work.
 */
public record FundWorkerCommand(
        @TargetAggregateIdentifier WorkerHistoryId historyId,
        TripId tripId,
        ParticipantId participantId,
        ProgrammeId programmeId,
        SettlementId settlementId,
        int year,
        Money amount,
        FrequencyRule frequencyRule,
        Money annualCap) {

    public FundWorkerCommand {
        Require.present(historyId, "historyId", tripId, "tripId", participantId, "participantId",
                programmeId, "programmeId", settlementId, "settlementId", amount, "amount",
                frequencyRule, "frequencyRule");
    }
}
