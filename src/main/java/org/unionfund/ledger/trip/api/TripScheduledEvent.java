package org.unionfund.ledger.trip.api;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.contractor.api.ContractorId;
import org.unionfund.ledger.contractor.api.DestinationId;
import org.unionfund.ledger.ledger.api.BodyId;
import org.unionfund.ledger.ledger.api.LedgerId;
import org.unionfund.ledger.ledger.api.WorkerCategory;
import org.unionfund.ledger.programme.api.ProgrammeId;
import org.unionfund.ledger.shared.Money;

/**
 * A trip was scheduled. It records the standards it was judged by ({@code priceCap}, {@code lengthLimit} and the
 * regional annual cap per worker, if one was in force) so the judgement never changes on replay, and the
 * programme terms it needs itself (ledger, body, year, eligible categories). {@code costPerPerson} =
 * price × days, exact to the fen.
 */
@Revision("1")
public record TripScheduledEvent(
        TripId tripId,
        ProgrammeId programmeId,
        LedgerId ledgerId,
        BodyId bodyId,
        int year,
        ContractorId contractorId,
        DestinationId destinationId,
        String destinationRegion,
        boolean pairedAidRegion,
        LocalDate startDate,
        int days,
        Money pricePerPersonPerDay,
        Money costPerPerson,
        JudgedStandard priceCap,
        JudgedStandard lengthLimit,
        JudgedStandard annualCapStandard,
        Set<WorkerCategory> eligibleCategories,
        String requestFingerprint) {

    public TripScheduledEvent {
        eligibleCategories = Set.copyOf(eligibleCategories);
    }
}
