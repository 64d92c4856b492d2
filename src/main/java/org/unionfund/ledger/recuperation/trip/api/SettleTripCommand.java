package org.unionfund.ledger.recuperation.trip.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Require;

/**
 * Settles a trip by who actually went. Participants not listed in {@code attendees} are no-shows and are not
 * paid. Each attending worker is charged price × days to its line, or to {@code defaultLine}, or to the
 * programme's first unrestricted line; attending family members pay their own way and may not be given a line.
 * {@code settledOn} (default: the start date) is on or after the start, in the programme year or the next; the
 * charge is booked on it, or on 31 December of the programme year when it falls in the next year.
 */
public record SettleTripCommand(
        @TargetAggregateIdentifier TripId tripId,
        SettlementId settlementId,
        List<AttendeeFunding> attendees,
        ProgrammeLine defaultLine,
        LocalDate settledOn) {

    public SettleTripCommand {
        Require.present(tripId, "tripId", settlementId, "settlementId");
        attendees = Require.list(attendees);
    }
}
