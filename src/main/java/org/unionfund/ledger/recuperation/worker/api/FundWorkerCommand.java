package org.unionfund.ledger.recuperation.worker.api;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

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
        Objects.requireNonNull(historyId, "historyId");
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(settlementId, "settlementId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(frequencyRule, "frequencyRule");
    }
}
