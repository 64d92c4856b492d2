package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.Require;

/**
 * Schedules a trip of a programme (contractor, destination, start date, days including travel, price per person
 * per day) with an optional display name (e.g. 千岛湖5月12日起3日疗休养).
 * Judged against the standards in force on the start date in the programme body's region.
 */
public record ScheduleTripCommand(
        @TargetAggregateIdentifier TripId tripId,
        ProgrammeId programmeId,
        ContractorId contractorId,
        DestinationId destinationId,
        LocalDate startDate,
        int days,
        Money pricePerPersonPerDay,
        String name) {

    /** Without a display name (the trip is then shown by destination and dates). */
    public ScheduleTripCommand(TripId tripId, ProgrammeId programmeId, ContractorId contractorId,
            DestinationId destinationId, LocalDate startDate, int days, Money pricePerPersonPerDay) {
        this(tripId, programmeId, contractorId, destinationId, startDate, days, pricePerPersonPerDay, null);
    }

    public ScheduleTripCommand {
        Require.present(tripId, "tripId", programmeId, "programmeId", contractorId, "contractorId",
                destinationId, "destinationId", startDate, "startDate", pricePerPersonPerDay, "pricePerPersonPerDay");
        // Blank = no name, so that fingerprints of requests without one stay as they were.
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
