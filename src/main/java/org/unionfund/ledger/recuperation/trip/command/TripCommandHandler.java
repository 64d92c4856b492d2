package org.unionfund.ledger.recuperation.trip.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.JudgedStandard;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;
import org.unionfund.ledger.recuperation.worker.api.WorkerRuleViolation;

/**
 * Trip commands that involve other aggregates, each in ONE unit of work: scheduling reads the programme,
 * contractor, destination and standard schedules; settlement and corrections change the trip, the ledger (one
 * posting) and the worker histories. The event store stores a unit of work as one commit covering every
 * aggregate it touched, so a refusal anywhere — or a concurrent change of any of them — leaves nothing written.
 * Locks are taken in the order trip → programme → ledger → worker histories (sorted by pseudonym).
 */
@Component
public class TripCommandHandler {

    private final Repository<Trip> trips;
    private final TripParties parties;
    private final TripRulesProperties rules;

    public TripCommandHandler(@Qualifier("tripRepository") Repository<Trip> trips, TripParties parties,
            TripRulesProperties rules) {
        this.trips = trips;
        this.parties = parties;
        this.rules = rules;
    }

    // ---------------------------------------------------------------- scheduling

    @CommandHandler
    public TripResult handle(ScheduleTripCommand c) throws Exception {
        String fingerprint = Fingerprint.of(c);
        TripResult result = new TripResult(c.tripId().value(), c.tripId().value(),
                List.of(TripScheduledEvent.class.getSimpleName()), List.of());
        Aggregate<Trip> trip = trips.loadOrCreate(c.tripId().toString(), Trip::new);
        String existing = trip.invoke(Trip::scheduleFingerprint);
        if (existing != null) {
            if (!existing.equals(fingerprint)) {
                throw Trip.violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "tripId", "trip " + c.tripId().value()
                        + " was already scheduled with other details");
            }
            return result;
        }
        if (c.days() < 1) {
            throw Trip.violation(TripRuleViolation.INVALID_VALUE, "days", "a trip lasts at least one day");
        }
        if (!c.pricePerPersonPerDay().isPositive()) {
            throw Trip.violation(TripRuleViolation.INVALID_VALUE, "pricePerPersonPerDay",
                    "the price per person per day must be positive");
        }
        ProgrammeTerms terms = parties.programme(c.programmeId());
        parties.contractor(c.contractorId());
        DestinationRegisteredEvent destination = parties.destination(c.destinationId());
        if (c.startDate().getYear() != terms.year()) {
            throw Trip.violation(TripRuleViolation.INVALID_DATE, "startDate", "a trip of programme "
                    + terms.programmeId().value() + " starts in " + terms.year());
        }
        if (!terms.tripDays().contains(c.days())) {
            throw Trip.violation(TripRuleViolation.TRIP_LENGTH_NOT_OFFERED, "days", "programme "
                    + terms.programmeId().value() + " offers trips of " + terms.tripDays() + " days");
        }
        JudgedStandard priceCap = judge(terms.bodyPath(), StandardKind.DAILY_PRICE_CAP, c.startDate())
                .orElseThrow(() -> Trip.violation(TripRuleViolation.STANDARD_MISSING, "startDate",
                        "no daily price standard is in force on " + c.startDate() + " for " + terms.bodyId()
                                + " or any region above it"));
        if (c.pricePerPersonPerDay().exceeds(priceCap.value().amount())) {
            throw Trip.violation(TripRuleViolation.STANDARD_EXCEEDED, "pricePerPersonPerDay", "price "
                    + c.pricePerPersonPerDay() + " per person per day exceeds the standard in force on "
                    + c.startDate() + ": " + priceCap.describe());
        }
        StandardKind lengthKind = destination.pairedAidRegion() ? StandardKind.PAIRED_REGION_TRIP_LENGTH_LIMIT
                : StandardKind.TRIP_LENGTH_LIMIT;
        JudgedStandard lengthLimit = judge(terms.bodyPath(), lengthKind, c.startDate())
                .orElseGet(() -> JudgedStandard.configuredDefault(lengthKind, destination.pairedAidRegion()
                        ? rules.defaultPairedRegionTripLengthLimit() : rules.defaultTripLengthLimit()));
        if (c.days() > lengthLimit.value().days()) {
            throw Trip.violation(TripRuleViolation.TRIP_TOO_LONG, "days", c.days() + " days exceed the limit"
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

    // ---------------------------------------------------------------- settlement

    @CommandHandler
    public TripResult handle(SettleTripCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<Trip> trip = load(c.tripId());
        Optional<TripResult> repeat = trip.invoke(t -> t.settlementRepeat(c, fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        TripScheduledEvent schedule = trip.invoke(Trip::schedule);
        ProgrammeTerms terms = parties.programme(schedule.programmeId());
        SettlementPlan plan = trip.invoke(t -> t.planSettlement(c, terms));
        Posting posting = null;
        if (!plan.charges().isEmpty()) {
            posting = parties.charge(new ChargeProgrammeCommand(schedule.ledgerId(),
                    PostingId.tripSettlement(c.tripId().value()), schedule.programmeId().value(), schedule.bodyId(),
                    schedule.year(), Trip.EXPENSE_CATEGORY, plan.ledgerCharges(),
                    Trip.bookingDate(plan.settledOn(), schedule.year()), null));
        }
        Money cap = annualCap(terms, schedule);
        List<ParticipantCharge> byWorker = new ArrayList<>(plan.charges());
        byWorker.sort(Comparator.comparing(charge -> charge.worker().value()));
        for (ParticipantCharge charge : byWorker) {
            FundWorkerCommand funding = new FundWorkerCommand(new WorkerHistoryId(charge.worker()), c.tripId(),
                    charge.participantId(), schedule.programmeId(), c.settlementId(),
                    schedule.startDate().getYear(), charge.amount(), terms.frequencyRule(), cap);
            try {
                parties.fund(funding);
            } catch (WorkerRuleViolation refusal) {
                throw new WorkerRuleViolation(refusal.rule(), attendeeField(c, charge), refusal.getMessage());
            }
        }
        Posting booked = posting;
        trip.execute(t -> t.settle(c, plan, booked, fingerprint));
        return trip.invoke(Trip::settlementResult);
    }

    /** The stricter of the programme's cap and the regional standard the trip was judged by. */
    private static Money annualCap(ProgrammeTerms terms, TripScheduledEvent schedule) {
        Money programmeCap = terms.annualCapPerWorker();
        Money standardCap = schedule.annualCapStandard() == null ? null
                : schedule.annualCapStandard().value().amount();
        if (programmeCap == null) {
            return standardCap;
        }
        return standardCap == null || programmeCap.compareTo(standardCap) <= 0 ? programmeCap : standardCap;
    }

    private static String attendeeField(SettleTripCommand c, ParticipantCharge charge) {
        for (int i = 0; i < c.attendees().size(); i++) {
            if (c.attendees().get(i).participantId().equals(charge.participantId())) {
                return "attendees[" + i + "]";
            }
        }
        return "attendees";
    }

    // ---------------------------------------------------------------- corrections

    @CommandHandler
    public TripResult handle(RemoveNoShowCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<Trip> trip = load(c.tripId());
        Optional<TripResult> repeat = trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        TripScheduledEvent schedule = trip.invoke(Trip::schedule);
        ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
        Posting reversal = null;
        PostingId original = null;
        if (attendee.charge() != null) {
            parties.programme(schedule.programmeId());
            original = attendee.chargePosting().id();
            int correction = trip.invoke(Trip::nextCorrection);
            reversal = parties.reverse(reverseCharge(schedule, correction, attendee, c.reason(), c.effectiveDate()),
                    attendee.chargePosting());
            parties.release(new ReleaseWorkerFundingCommand(new WorkerHistoryId(attendee.charge().worker()),
                    c.tripId(), c.participantId(), c.correctionId(), c.reason()));
        }
        NoShowRemovedEvent event = new NoShowRemovedEvent(c.tripId(), c.correctionId(), c.participantId(),
                attendee.charge(), original, reversal, c.reason(), fingerprint);
        trip.execute(t -> t.recordNoShow(event));
        return trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint)).orElseThrow();
    }

    @CommandHandler
    public TripResult handle(RechargeParticipantCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<Trip> trip = load(c.tripId());
        Optional<TripResult> repeat = trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        TripScheduledEvent schedule = trip.invoke(Trip::schedule);
        ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
        ProgrammeTerms terms = parties.programme(schedule.programmeId());
        ParticipantRechargedEvent event = recharge(schedule, terms, attendee, attendee.participant(), c.line(),
                c.correctionId().value(), trip.invoke(Trip::nextCorrection), c.reason(), c.effectiveDate(),
                fingerprint, "line");
        trip.execute(t -> t.recordRecharge(event));
        return trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint)).orElseThrow();
    }

    @CommandHandler
    public TripResult handle(ChangeParticipantCategoryCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<Trip> trip = load(c.tripId());
        Optional<TripResult> repeat = trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        TripScheduledEvent schedule = trip.invoke(Trip::schedule);
        Participant participant = trip.invoke(t -> t.requireParticipant(c.participantId()));
        trip.execute(t -> t.requireCategory(participant, c.category(), c.newFormSubtype()));
        Participant changed = participant.withCategory(c.category(), c.newFormSubtype());
        ParticipantCharge charge = trip.invoke(t -> t.currentCharge(c.participantId()));
        ParticipantRechargedEvent recharged = null;
        if (charge != null) {
            ProgrammeTerms terms = parties.programme(schedule.programmeId());
            if (c.rechargeTo() != null) {
                ChargedParticipant attendee = trip.invoke(t -> t.requireAttended(c.participantId()));
                recharged = recharge(schedule, terms, attendee, changed, c.rechargeTo(), c.correctionId().value(),
                        trip.invoke(Trip::nextCorrection),
                        c.reason(), c.effectiveDate(), fingerprint, "rechargeTo");
            } else {
                try {
                    parties.requireAdmits(schedule.ledgerId(), charge.line(), changed.ownership(),
                            changed.category(), "category");
                } catch (LedgerRuleViolation refusal) {
                    throw new LedgerRuleViolation(refusal.rule(), "category", refusal.getMessage()
                            + "; give rechargeTo to move the cost to a line the participant fits");
                }
            }
        } else if (c.rechargeTo() != null) {
            throw Trip.violation(TripRuleViolation.NOT_CHARGED, "rechargeTo", "participant " + c.participantId()
                    + " is not charged to any line");
        }
        ParticipantCategoryChangedEvent event = new ParticipantCategoryChangedEvent(c.tripId(), c.correctionId(),
                c.participantId(), participant.category(), participant.newFormSubtype(), c.category(),
                c.newFormSubtype(), c.reason(), fingerprint);
        ParticipantRechargedEvent thenRecharged = recharged;
        trip.execute(t -> {
            t.recordCategoryChange(event);
            if (thenRecharged != null) {
                t.recordRecharge(thenRecharged);
            }
        });
        return trip.invoke(t -> t.correctionRepeat(c.correctionId(), fingerprint)).orElseThrow();
    }

    /**
     * Moves an attendee's cost to another line: a reversal of the current charge and a new charge that names the
     * posting it corrects, both under the trip's number for this correction. The ledger judges the new
     * line's earmark against {@code charged} (the participant as it will be).
     */
    private ParticipantRechargedEvent recharge(TripScheduledEvent schedule, ProgrammeTerms terms,
            ChargedParticipant attendee, Participant charged, ProgrammeLine to, String correctionId, int correction,
            String reason, LocalDate effectiveDate, String fingerprint, String field) {
        ParticipantCharge charge = attendee.charge();
        if (charge == null) {
            throw Trip.violation(TripRuleViolation.NOT_CHARGED, "participantId", "participant "
                    + attendee.participant().participantId() + " is not charged to any line");
        }
        Trip.requireLine(to, terms, field);
        if (to.equals(charge.line())) {
            throw Trip.violation(TripRuleViolation.INVALID_VALUE, field, "participant "
                    + attendee.participant().participantId() + " is already charged to " + to);
        }
        PostingId original = attendee.chargePosting().id();
        Posting reversal = parties.reverse(reverseCharge(schedule, correction, attendee, reason, effectiveDate),
                attendee.chargePosting());
        LocalDate chargeDate = Trip.bookingDate(effectiveDate, schedule.year());
        Posting newCharge;
        try {
            newCharge = parties.charge(new ChargeProgrammeCommand(schedule.ledgerId(),
                    PostingId.tripCharge(schedule.tripId().value(), correction), schedule.programmeId().value(),
                    schedule.bodyId(), schedule.year(), Trip.EXPENSE_CATEGORY, List.of(Trip.ledgerCharge(charged, to, charge.amount())),
                    chargeDate, original));
        } catch (LedgerRuleViolation refusal) {
            throw new LedgerRuleViolation(refusal.rule(), field, refusal.getMessage());
        }
        return new ParticipantRechargedEvent(schedule.tripId(), new org.unionfund.ledger.recuperation.trip.api.CorrectionId(
                correctionId), charged.participantId(), charge.line(), to, charge.amount(), original, reversal,
                newCharge, reason, fingerprint);
    }

    /** Reverses one participant's share of its charge posting: that amount of the line's PROGRAMME and EXPENSE legs. */
    private static ReversePostingCommand reverseCharge(TripScheduledEvent schedule, int correction,
            ChargedParticipant attendee, String reason, LocalDate effectiveDate) {
        ParticipantCharge charge = attendee.charge();
        Posting posting = attendee.chargePosting();
        List<ReversalLeg> legs = new ArrayList<>();
        for (int i = 0; i < posting.legs().size(); i++) {
            PostingLeg leg = posting.legs().get(i);
            boolean sameLine = leg.account().fund().equals(charge.line().fundId())
                    && java.util.Objects.equals(leg.account().earmark(), charge.line().earmark());
            if (sameLine && (leg.account().kind() == AccountKind.PROGRAMME
                    || leg.account().kind() == AccountKind.EXPENSE)) {
                legs.add(new ReversalLeg(i, charge.amount()));
            }
        }
        ReversalId reversalId = new ReversalId(PostingId.tripReversal(schedule.tripId().value(), correction).value());
        return new ReversePostingCommand(schedule.ledgerId(), reversalId, posting.id(), legs, null,
                reason, effectiveDate, true);
    }

    private Aggregate<Trip> load(TripId id) {
        try {
            return trips.load(id.toString());
        } catch (AggregateNotFoundException e) {
            throw Trip.violation(TripRuleViolation.UNKNOWN_TRIP, "tripId", "trip " + id.value() + " is not known");
        }
    }
}
