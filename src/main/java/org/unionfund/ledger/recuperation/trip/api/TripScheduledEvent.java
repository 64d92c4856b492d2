package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;

/**
 * A trip was scheduled. It records the standards it was judged by ({@code priceCap}, {@code lengthLimit} and the
 * regional annual cap per worker, if one was in force) so the judgement never changes on replay, and the
 * programme terms it needs itself (ledger, body, year, eligible categories). {@code costPerPerson} =
 * price × days, exact to the fen. {@code name}: display name, null when none was given. Revision 2 added {@code name};
 * revision-1 events read with it null ({@code recuperation.RecuperationUpcasters}).
 */
@Revision("2")
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
        String requestFingerprint,
        String name) {

    /** Without a display name; events stored before names existed read with {@code name} null. */
    public TripScheduledEvent(TripId tripId, ProgrammeId programmeId, LedgerId ledgerId, BodyId bodyId, int year,
            ContractorId contractorId, DestinationId destinationId, String destinationRegion,
            boolean pairedAidRegion, LocalDate startDate, int days, Money pricePerPersonPerDay,
            Money costPerPerson, JudgedStandard priceCap, JudgedStandard lengthLimit,
            JudgedStandard annualCapStandard, Set<WorkerCategory> eligibleCategories, String requestFingerprint) {
        this(tripId, programmeId, ledgerId, bodyId, year, contractorId, destinationId, destinationRegion,
                pairedAidRegion, startDate, days, pricePerPersonPerDay, costPerPerson, priceCap, lengthLimit,
                annualCapStandard, eligibleCategories, requestFingerprint, null);
    }

    public TripScheduledEvent {
        eligibleCategories = Set.copyOf(eligibleCategories);
    }
}
