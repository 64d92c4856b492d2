package org.unionfund.ledger.trip.api;

import java.time.LocalDate;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.contractor.api.ContractorId;
import org.unionfund.ledger.contractor.api.DestinationId;
import org.unionfund.ledger.programme.api.ProgrammeId;
import org.unionfund.ledger.shared.Money;

/**
 * Schedules a trip of a programme (contractor, destination, start date, days including travel, price per person
 * per day). Judged against the standards in force on the start date in the programme body's region.
 */
public record ScheduleTripCommand(
        @TargetAggregateIdentifier TripId tripId,
        ProgrammeId programmeId,
        ContractorId contractorId,
        DestinationId destinationId,
        LocalDate startDate,
        int days,
        Money pricePerPersonPerDay) {

    public ScheduleTripCommand {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(contractorId, "contractorId");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(pricePerPersonPerDay, "pricePerPersonPerDay");
    }
}
