package org.unionfund.ledger.recuperation.worker.api;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/** A worker was funded for a trip (person-time, 人次) in the calendar year of the trip's start. */
@Revision("1")
public record WorkerFundedEvent(
        WorkerHistoryId historyId,
        TripId tripId,
        ParticipantId participantId,
        ProgrammeId programmeId,
        SettlementId settlementId,
        int year,
        Money amount,
        FrequencyRule frequencyRule,
        Money annualCap) {
}
