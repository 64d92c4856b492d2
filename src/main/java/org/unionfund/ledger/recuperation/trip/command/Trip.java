package org.unionfund.ledger.recuperation.trip.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.unionfund.ledger.recuperation.trip.command.TripRules.violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.kernel.Idempotency;

/**
 * One recuperation trip: its schedule (with the standards it was judged by), its participants (pseudonyms only),
 * its settlement by who actually went, and the corrections after it. A thin shell: each act is decided in its own
 * file ({@link TripEnrolment}, {@link SettlementPlanning}, {@link TripRules}); scheduling, settlement and
 * corrections also involve the programme, the ledger and the worker histories, so recuperation/settlement drives
 * them in one unit of work through the public methods here. State changes only in the event-sourcing handlers.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "tripCache")
@FieldState
public class Trip {

    @AggregateIdentifier
    private TripId tripId;
    private TripScheduledEvent schedule;
    private LinkedHashMap<String, Participant> participants = new LinkedHashMap<>();
    private HashSet<String> workers = new HashSet<>();
    private LinkedHashMap<String, String> enrolments = new LinkedHashMap<>();
    private String settlementId;
    private String settlementFingerprint;
    private TripResult settlementResult;
    private TreeSet<String> attended = new TreeSet<>();
    private LinkedHashMap<String, ParticipantCharge> charges = new LinkedHashMap<>();
    private LinkedHashMap<String, String> chargePostings = new LinkedHashMap<>();
    private LinkedHashMap<String, Posting> postings = new LinkedHashMap<>();
    private LinkedHashMap<String, String> correctionFingerprints = new LinkedHashMap<>();
    private LinkedHashMap<String, TripResult> correctionResults = new LinkedHashMap<>();

    protected Trip() {
    }

    /** A trip not scheduled yet, for the repository's loadOrCreate. */
    public static Trip unscheduled() {
        return new Trip();
    }

    // ---------------------------------------------------------------- scheduling

    public String scheduleFingerprint() {
        return schedule == null ? null : schedule.requestFingerprint();
    }

    public TripScheduledEvent schedule() {
        return schedule;
    }

    public void schedule(TripScheduledEvent event) {
        apply(event);
    }

    // ---------------------------------------------------------------- enrolment

    @CommandHandler
    public TripResult handle(EnrolParticipantsCommand c) {
        String fingerprint = Fingerprint.of(c);
        TripEnrolment.decide(tripId, schedule, participants, workers, enrolments, settlementId, c, fingerprint)
                .ifPresent(AggregateLifecycle::apply);
        return new TripResult(tripId.value(), c.enrolmentId().value(),
                List.of(ParticipantsEnrolledEvent.class.getSimpleName()), List.of());
    }

    // ---------------------------------------------------------------- settlement

    /** The original result when this settlement was already recorded; refuses another settlement. */
    public Optional<TripResult> settlementRepeat(SettleTripCommand c, String fingerprint) {
        if (settlementId == null) {
            return Optional.empty();
        }
        if (!settlementId.equals(c.settlementId().value())) {
            throw violation(TripRuleViolation.ALREADY_SETTLED, "settlementId", "trip " + tripId.value()
                    + " was already settled by " + settlementId + "; correct it instead");
        }
        if (!settlementFingerprint.equals(fingerprint)) {
            throw violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "settlementId", "settlement " + settlementId
                    + " was already recorded with other content");
        }
        return Optional.of(settlementResult);
    }

    /** Who this settlement pays and on which lines: see {@link SettlementPlanning}. */
    public SettlementPlan planSettlement(SettleTripCommand c, ProgrammeTerms terms) {
        return SettlementPlanning.plan(schedule, participants, c, terms);
    }

    public void settle(SettleTripCommand c, SettlementPlan plan, Posting posting, String fingerprint) {
        Money total = Money.ZERO;
        for (ParticipantCharge charge : plan.charges()) {
            total = total.plus(charge.amount());
        }
        apply(new TripSettledEvent(tripId, c.settlementId(), schedule.programmeId(), schedule.ledgerId(),
                plan.settledOn(), schedule.days(), schedule.costPerPerson(), plan.attended(), plan.noShows(),
                plan.selfPaid(), plan.charges(), total, posting, fingerprint));
    }

    public TripResult settlementResult() {
        return settlementResult;
    }

    // ---------------------------------------------------------------- corrections

    /** The number of the next correction (1 for the first): it names the postings that correction makes. */
    public int nextCorrection() {
        return correctionFingerprints.size() + 1;
    }

    /** The original result when this correction was already made; refuses its id for other content. */
    public Optional<TripResult> correctionRepeat(CorrectionId id, String fingerprint) {
        if (Idempotency.isRepeat(correctionFingerprints.get(id.value()), fingerprint,
                () -> violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "correctionId", "correction " + id
                        + " was already made with other content"))) {
            return Optional.of(correctionResults.get(id.value()));
        }
        return Optional.empty();
    }

    /** An attending participant of the settled trip, with its current charge. */
    public ChargedParticipant requireAttended(ParticipantId id) {
        if (settlementId == null) {
            throw violation(TripRuleViolation.NOT_SETTLED, "participantId", "trip " + tripId.value()
                    + " is not settled yet; correct the enrolment or the settlement request instead");
        }
        Participant p = participants.get(id.value());
        if (p == null) {
            throw violation(TripRuleViolation.UNKNOWN_PARTICIPANT, "participantId", "participant " + id
                    + " is not enrolled on this trip");
        }
        if (!attended.contains(id.value())) {
            throw violation(TripRuleViolation.NOT_ATTENDED, "participantId", "participant " + id
                    + " is not recorded as having travelled");
        }
        ParticipantCharge charge = charges.get(id.value());
        return new ChargedParticipant(p, charge, charge == null ? null : postings.get(chargePostings.get(id.value())));
    }

    /** The participant, for a category correction (before or after settlement). */
    public Participant requireParticipant(ParticipantId id) {
        Participant p = participants.get(id.value());
        if (p == null) {
            throw violation(TripRuleViolation.UNKNOWN_PARTICIPANT, "participantId", "participant " + id
                    + " is not enrolled on this trip");
        }
        return p;
    }

    /** Refuses a category that is ill-formed or not eligible in the programme. */
    public void requireCategory(Participant p, WorkerCategory category, NewFormSubtype subtype) {
        TripRules.requireSubtype(category, subtype, "newFormSubtype");
        if (!p.familyMember()) {
            TripRules.requireEligible(schedule, category, "category");
        }
    }

    public ParticipantCharge currentCharge(ParticipantId id) {
        return charges.get(id.value());
    }

    public void recordNoShow(NoShowRemovedEvent event) {
        apply(event);
    }

    public void recordCategoryChange(ParticipantCategoryChangedEvent event) {
        apply(event);
    }

    public void recordRecharge(ParticipantRechargedEvent event) {
        apply(event);
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(TripScheduledEvent event) {
        tripId = event.tripId();
        schedule = event;
    }

    @EventSourcingHandler
    void on(ParticipantsEnrolledEvent event) {
        enrolments.put(event.enrolmentId().value(), event.requestFingerprint());
        for (Participant p : event.participants()) {
            participants.put(p.participantId().value(), p);
            if (p.worker() != null) {
                workers.add(p.worker().value());
            }
        }
    }

    @EventSourcingHandler
    void on(TripSettledEvent event) {
        settlementId = event.settlementId().value();
        settlementFingerprint = event.requestFingerprint();
        event.attended().forEach(id -> attended.add(id.value()));
        List<Posting> made = new ArrayList<>();
        if (event.posting() != null) {
            postings.put(event.posting().id().value(), event.posting());
            made.add(event.posting());
        }
        for (ParticipantCharge charge : event.charges()) {
            charges.put(charge.participantId().value(), charge);
            chargePostings.put(charge.participantId().value(), event.posting().id().value());
        }
        settlementResult = new TripResult(tripId.value(), settlementId,
                List.of(TripSettledEvent.class.getSimpleName()), made);
    }

    @EventSourcingHandler
    void on(NoShowRemovedEvent event) {
        String participant = event.participantId().value();
        attended.remove(participant);
        charges.remove(participant);
        chargePostings.remove(participant);
        List<Posting> made = new ArrayList<>();
        if (event.reversal() != null) {
            postings.put(event.reversal().id().value(), event.reversal());
            made.add(event.reversal());
        }
        correctionFingerprints.put(event.correctionId().value(), event.requestFingerprint());
        correctionResults.put(event.correctionId().value(), new TripResult(tripId.value(),
                event.correctionId().value(), List.of(NoShowRemovedEvent.class.getSimpleName()), made));
    }

    @EventSourcingHandler
    void on(ParticipantCategoryChangedEvent event) {
        participants.computeIfPresent(event.participantId().value(),
                (id, p) -> p.withCategory(event.toCategory(), event.toSubtype()));
        correctionFingerprints.put(event.correctionId().value(), event.requestFingerprint());
        correctionResults.merge(event.correctionId().value(), new TripResult(tripId.value(),
                event.correctionId().value(), List.of(ParticipantCategoryChangedEvent.class.getSimpleName()),
                List.of()), Trip::combine);
    }

    @EventSourcingHandler
    void on(ParticipantRechargedEvent event) {
        String participant = event.participantId().value();
        charges.computeIfPresent(participant, (id, charge) -> charge.withLine(event.toLine()));
        chargePostings.put(participant, event.charge().id().value());
        postings.put(event.reversal().id().value(), event.reversal());
        postings.put(event.charge().id().value(), event.charge());
        correctionFingerprints.put(event.correctionId().value(), event.requestFingerprint());
        correctionResults.merge(event.correctionId().value(), new TripResult(tripId.value(),
                event.correctionId().value(), List.of(ParticipantRechargedEvent.class.getSimpleName()),
                List.of(event.reversal(), event.charge())), Trip::combine);
    }

    private static TripResult combine(TripResult first, TripResult second) {
        List<String> events = new ArrayList<>(first.events());
        events.addAll(second.events());
        List<Posting> made = new ArrayList<>(first.postings());
        made.addAll(second.postings());
        return new TripResult(first.tripId(), first.requestId(), events, made);
    }
}
