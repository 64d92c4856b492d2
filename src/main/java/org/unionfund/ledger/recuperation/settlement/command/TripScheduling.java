package org.unionfund.ledger.recuperation.settlement.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.JudgedStandard;

import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRules;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;
import org.unionfund.ledger.kernel.Idempotency;
/**
 * Schedules a trip: reads the programme, contractor, destination and the standard schedules of the body's regions,
 * judges price and length against the standards in force on the start date, and records the trip on the
 * programme, all in the command's unit of work.
 */
record TripScheduling(Repository<Trip> trips, TripParties parties, TripRulesProperties rules) {

    TripResult schedule(ScheduleTripCommand c) throws Exception {
        String fingerprint = Fingerprint.of(c);
        TripResult result = new TripResult(c.tripId().value(), c.tripId().value(),
                List.of(TripScheduledEvent.class.getSimpleName()), List.of());
        Aggregate<Trip> trip = trips.loadOrCreate(c.tripId().toString(), Trip::unscheduled);
        if (Idempotency.isRepeat(trip.invoke(Trip::scheduleFingerprint), fingerprint,
                () -> TripRules.violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "tripId", "trip "
                        + c.tripId().value() + " was already scheduled with other details"))) {
            return result;
        }
        if (c.days() < 1) {
            throw TripRules.violation(TripRuleViolation.INVALID_VALUE, "days", "a trip lasts at least one day");
        }
        if (!c.pricePerPersonPerDay().isPositive()) {
            throw TripRules.violation(TripRuleViolation.INVALID_VALUE, "pricePerPersonPerDay",
                    "the price per person per day must be positive");
        }
        ProgrammeTerms terms = parties.programme(c.programmeId());
        parties.contractor(c.contractorId());
        DestinationRegisteredEvent destination = parties.destination(c.destinationId());
        if (c.startDate().getYear() != terms.year()) {
            throw TripRules.violation(TripRuleViolation.INVALID_DATE, "startDate", "a trip of programme "
                    + terms.programmeId().value() + " starts in " + terms.year());
        }
        if (!terms.tripDays().contains(c.days())) {
            throw TripRules.violation(TripRuleViolation.TRIP_LENGTH_NOT_OFFERED, "days", "programme "
                    + terms.programmeId().value() + " offers trips of " + terms.tripDays() + " days");
        }
        JudgedStandard priceCap = judge(terms.bodyPath(), StandardKind.DAILY_PRICE_CAP, c.startDate())
                .orElseThrow(() -> TripRules.violation(TripRuleViolation.STANDARD_MISSING, "startDate",
                        "no daily price standard is in force on " + c.startDate() + " for " + terms.bodyId()
                                + " or any region above it"));
        if (c.pricePerPersonPerDay().exceeds(priceCap.value().amount())) {
            throw TripRules.violation(TripRuleViolation.STANDARD_EXCEEDED, "pricePerPersonPerDay", "price "
                    + c.pricePerPersonPerDay() + " per person per day exceeds the standard in force on "
                    + c.startDate() + ": " + priceCap.describe());
        }
        StandardKind lengthKind = destination.pairedAidRegion() ? StandardKind.PAIRED_REGION_TRIP_LENGTH_LIMIT
                : StandardKind.TRIP_LENGTH_LIMIT;
        JudgedStandard lengthLimit = judge(terms.bodyPath(), lengthKind, c.startDate())
                .orElseGet(() -> JudgedStandard.configuredDefault(lengthKind, destination.pairedAidRegion()
                        ? rules.defaultPairedRegionTripLengthLimit() : rules.defaultTripLengthLimit()));
        if (c.days() > lengthLimit.value().days()) {
            throw TripRules.violation(TripRuleViolation.TRIP_TOO_LONG, "days", c.days() + " days exceed the limit"
                    + (destination.pairedAidRegion() ? " for a paired-aid region" : "") + " of "
                    + lengthLimit.describe());
        }
        JudgedStandard annualCap = judge(terms.bodyPath(), StandardKind.ANNUAL_CAP_PER_WORKER, c.startDate())
                .orElse(null);
        TripScheduledEvent event = new TripScheduledEvent(c.tripId(), c.programmeId(), terms.ledgerId(),
                terms.bodyId(), terms.year(), c.contractorId(), c.destinationId(), destination.regionCode(),
                destination.pairedAidRegion(), c.startDate(), c.days(), c.pricePerPersonPerDay(),
                c.pricePerPersonPerDay().times(c.days()), priceCap, lengthLimit, annualCap,
                terms.eligibleCategories(), fingerprint, c.name());
        trip.execute(t -> t.schedule(event));
        parties.recordTrip(c.programmeId(), c.tripId());
        return result;
    }

    /** The standard of the nearest region, from the body itself up to the root, that has one in force. */
    private Optional<JudgedStandard> judge(List<BodyId> path, StandardKind kind, LocalDate date) {
        for (BodyId region : path) {
            Optional<StandardEntry> entry = parties.standardInForce(region, kind, date);
            if (entry.isPresent()) {
                return Optional.of(JudgedStandard.of(kind, region, entry.get()));
            }
        }
        return Optional.empty();
    }
}
