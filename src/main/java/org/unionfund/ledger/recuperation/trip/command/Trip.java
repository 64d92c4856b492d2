package org.unionfund.ledger.recuperation.trip.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
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

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * One recuperation trip: its schedule (with the standards it was judged by), its participants (pseudonyms only),
 * its settlement by who actually went, and the corrections after it. Scheduling, settlement and corrections are
 * decided by {@link TripCommandHandler}, which also involves the programme, the ledger and the worker histories
 * in the same unit of work; enrolment concerns the trip alone.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "tripCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Trip {

    static final String EXPENSE_CATEGORY = "RECUPERATION";

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

    // ---------------------------------------------------------------- scheduling

    String scheduleFingerprint() {
        return schedule == null ? null : schedule.requestFingerprint();
    }

    TripScheduledEvent schedule() {
        return schedule;
    }

    void schedule(TripScheduledEvent event) {
        apply(event);
    }

    // ---------------------------------------------------------------- enrolment

    @CommandHandler
    public TripResult handle(EnrolParticipantsCommand c) {
        String fingerprint = Fingerprint.of(c);
        TripResult result = new TripResult(tripId.value(), c.enrolmentId().value(),
                List.of(ParticipantsEnrolledEvent.class.getSimpleName()), List.of());
        String earlier = enrolments.get(c.enrolmentId().value());
        if (earlier != null) {
            if (!earlier.equals(fingerprint)) {
                throw violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "enrolmentId", "enrolment "
                        + c.enrolmentId() + " was already made with other participants");
            }
            return result;
        }
        if (settlementId != null) {
            throw violation(TripRuleViolation.ALREADY_SETTLED, "participants", "trip " + tripId.value()
                    + " is settled; enrol no one any more");
        }
        if (c.participants().isEmpty() || c.participants().size() > EnrolParticipantsCommand.MAX_BATCH) {
            throw violation(TripRuleViolation.INVALID_VALUE, "participants",
                    "an enrolment has 1 to " + EnrolParticipantsCommand.MAX_BATCH + " participants");
        }
        Set<String> ids = new HashSet<>();
        Set<String> batchWorkers = new HashSet<>();
        for (int i = 0; i < c.participants().size(); i++) {
            Participant p = c.participants().get(i);
            String field = "participants[" + i + "]";
            if (participants.containsKey(p.participantId().value()) || !ids.add(p.participantId().value())) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".participantId",
                        "participant " + p.participantId() + " is already enrolled on this trip");
            }
            if (p.worker() != null && (workers.contains(p.worker().value())
                    || !batchWorkers.add(p.worker().value()))) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".idNumber",
                        "the worker of participant " + p.participantId() + " is already enrolled on this trip");
            }
            requireWellFormed(p, field);
        }
        apply(new ParticipantsEnrolledEvent(tripId, c.enrolmentId(), c.participants(), fingerprint));
        return result;
    }

    private void requireWellFormed(Participant p, String field) {
        if (!p.familyMember()) {
            if (p.worker() == null) {
                throw violation(TripRuleViolation.INVALID_VALUE, field + ".idNumber",
                        "a worker needs an identity number");
            }
            if (p.category() == null || p.ownership() == null) {
                throw violation(TripRuleViolation.INVALID_VALUE, p.category() == null ? field + ".category"
                        : field + ".ownership", "a worker needs a category and an employer ownership");
            }
            requireEligible(p.category(), field + ".category");
        }
        requireSubtype(p.category(), p.newFormSubtype(), field + ".newFormSubtype");
    }

    private void requireEligible(WorkerCategory category, String field) {
        if (!schedule.eligibleCategories().contains(category)) {
            throw violation(TripRuleViolation.CATEGORY_NOT_ELIGIBLE, field, "category " + category
                    + " is not eligible in programme " + schedule.programmeId().value() + " (eligible: "
                    + new TreeSet<>(schedule.eligibleCategories()) + ")");
        }
    }

    private static void requireSubtype(WorkerCategory category, NewFormSubtype subtype, String field) {
        if ((category == WorkerCategory.NEW_FORM) != (subtype != null)) {
            throw violation(TripRuleViolation.INVALID_VALUE, field,
                    "newFormSubtype is given exactly for NEW_FORM workers");
        }
    }

    // ---------------------------------------------------------------- settlement

    /** The original result when this settlement was already recorded; refuses another settlement. */
    Optional<TripResult> settlementRepeat(SettleTripCommand c, String fingerprint) {
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

    /**
     * Decides who is paid: only attendees (no-shows are not paid), never family members, only eligible
     * categories, each on a line of the programme. The ledger then judges earmarks and budget.
     */
    SettlementPlan planSettlement(SettleTripCommand c, ProgrammeTerms terms) {
        LocalDate settledOn = c.settledOn() != null ? c.settledOn() : schedule.startDate();
        if (settledOn.getYear() > schedule.year() + 1 || settledOn.isBefore(schedule.startDate())) {
            throw violation(TripRuleViolation.INVALID_DATE, "settledOn", "a trip is settled on or after its start "
                    + schedule.startDate() + ", within programme year " + schedule.year() + " or the next");
        }
        if (c.attendees().isEmpty()) {
            throw violation(TripRuleViolation.INVALID_VALUE, "attendees",
                    "list who travelled; a trip nobody went on is not settled");
        }
        if (c.defaultLine() != null) {
            requireLine(c.defaultLine(), terms, "defaultLine");
        }
        List<ParticipantId> went = new ArrayList<>();
        List<ParticipantId> selfPaid = new ArrayList<>();
        List<ParticipantCharge> planned = new ArrayList<>();
        List<ProgrammeCharge> ledgerCharges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.attendees().size(); i++) {
            AttendeeFunding attendee = c.attendees().get(i);
            String field = "attendees[" + i + "]";
            Participant p = participants.get(attendee.participantId().value());
            if (p == null) {
                throw violation(TripRuleViolation.UNKNOWN_PARTICIPANT, field + ".participantId", "participant "
                        + attendee.participantId() + " is not enrolled on this trip");
            }
            if (!seen.add(p.participantId().value())) {
                throw violation(TripRuleViolation.DUPLICATE_PARTICIPANT, field + ".participantId",
                        "participant " + p.participantId() + " is listed twice");
            }
            went.add(p.participantId());
            if (p.familyMember()) {
                if (attendee.line() != null) {
                    throw violation(TripRuleViolation.FAMILY_MEMBER_CHARGED, field + ".line", "participant "
                            + p.participantId() + " is a family member and pays their own way; no union line"
                            + " may be charged");
                }
                selfPaid.add(p.participantId());
                continue;
            }
            requireEligible(p.category(), field + ".participantId");
            ProgrammeLine line = attendee.line() != null ? attendee.line()
                    : c.defaultLine() != null ? c.defaultLine() : terms.defaultLine();
            if (line == null) {
                throw violation(TripRuleViolation.UNKNOWN_FUNDING_LINE, field + ".line", "programme "
                        + terms.programmeId().value() + " has no unrestricted line; name the line to charge");
            }
            requireLine(line, terms, field + ".line");
            ParticipantCharge charge = new ParticipantCharge(p.participantId(), p.worker(), line,
                    schedule.costPerPerson());
            planned.add(charge);
            ledgerCharges.add(ledgerCharge(p, line, schedule.costPerPerson()));
        }
        List<ParticipantId> noShows = participants.values().stream().map(Participant::participantId)
                .filter(id -> !seen.contains(id.value())).toList();
        return new SettlementPlan(settledOn, went, noShows, selfPaid, planned, ledgerCharges);
    }

    void settle(SettleTripCommand c, SettlementPlan plan, Posting posting, String fingerprint) {
        Money total = Money.ZERO;
        for (ParticipantCharge charge : plan.charges()) {
            total = total.plus(charge.amount());
        }
        apply(new TripSettledEvent(tripId, c.settlementId(), schedule.programmeId(), schedule.ledgerId(),
                plan.settledOn(), schedule.days(), schedule.costPerPerson(), plan.attended(), plan.noShows(),
                plan.selfPaid(), plan.charges(), total, posting, fingerprint));
    }

    TripResult settlementResult() {
        return settlementResult;
    }

    /**
     * The date a cost of programme year {@code year} is booked on: {@code date} itself within the year, else the
     * year's last day — a December trip settled (or corrected) in January is still that year's expense.
     */
    static LocalDate bookingDate(LocalDate date, int year) {
        return date.getYear() == year ? date : LocalDate.of(year, 12, 31);
    }

    // ---------------------------------------------------------------- corrections

    /** The number of the next correction (1 for the first): it names the postings that correction makes. */
    int nextCorrection() {
        return correctionFingerprints.size() + 1;
    }

    /** The original result when this correction was already made; refuses its id for other content. */
    Optional<TripResult> correctionRepeat(CorrectionId id, String fingerprint) {
        String earlier = correctionFingerprints.get(id.value());
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.equals(fingerprint)) {
            throw violation(TripRuleViolation.IDEMPOTENCY_CONFLICT, "correctionId", "correction " + id
                    + " was already made with other content");
        }
        return Optional.of(correctionResults.get(id.value()));
    }

    /** An attending participant of the settled trip, with its current charge. */
    ChargedParticipant requireAttended(ParticipantId id) {
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
    Participant requireParticipant(ParticipantId id) {
        Participant p = participants.get(id.value());
        if (p == null) {
            throw violation(TripRuleViolation.UNKNOWN_PARTICIPANT, "participantId", "participant " + id
                    + " is not enrolled on this trip");
        }
        return p;
    }

    /** Refuses a category that is ill-formed or not eligible in the programme. */
    void requireCategory(Participant p, WorkerCategory category, NewFormSubtype subtype) {
        requireSubtype(category, subtype, "newFormSubtype");
        if (!p.familyMember()) {
            requireEligible(category, "category");
        }
    }

    ParticipantCharge currentCharge(ParticipantId id) {
        return charges.get(id.value());
    }

    void recordNoShow(NoShowRemovedEvent event) {
        apply(event);
    }

    void recordCategoryChange(ParticipantCategoryChangedEvent event) {
        apply(event);
    }

    void recordRecharge(ParticipantRechargedEvent event) {
        apply(event);
    }

    static void requireLine(ProgrammeLine line, ProgrammeTerms terms, String field) {
        if (!terms.lines().contains(line)) {
            throw violation(TripRuleViolation.UNKNOWN_FUNDING_LINE, field, "line " + line
                    + " is not a budget line of programme " + terms.programmeId().value());
        }
    }

    static ProgrammeCharge ledgerCharge(Participant p, ProgrammeLine line, Money amount) {
        return new ProgrammeCharge(p.participantId().value(), line.fundId(), line.earmark(), p.ownership(),
                p.category(), amount);
    }

    static TripRuleViolation violation(String rule, String field, String message) {
        return new TripRuleViolation(rule, field, message);
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
