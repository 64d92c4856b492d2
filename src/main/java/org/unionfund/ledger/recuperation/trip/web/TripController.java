package org.unionfund.ledger.recuperation.trip.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.security.scope.ScopeGuard;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.IdempotencyKey;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.query.TripReadModel;
import org.unionfund.ledger.recuperation.trip.query.TripView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/trips")
@Tag(name = "Recuperation trips", description = "Scheduling, bulk enrolment, settlement by who went, corrections")
public record TripController(CommandSender sender, WorkerPseudonyms pseudonyms, TripReadModel trips, ScopeGuard scope) {

    @PostMapping
    @Operation(summary = "Schedule a trip of a programme",
            description = "Judged by the standards in force on the start date for the programme body's region "
                    + "(nearest region up the tree with one): 422 standard-exceeded when the price per person per day "
                    + "is above the DAILY_PRICE_CAP, trip-too-long above TRIP_LENGTH_LIMIT (default 5) or, for a "
                    + "paired-aid destination, PAIRED_REGION_TRIP_LENGTH_LIMIT (default 7); the judged standards are "
                    + "recorded in the event.")
    public ResponseEntity<TripResponse> schedule(@Valid @RequestBody TripRequests.ScheduleTripRequest request,
            IdempotencyKey key) {
        String id = key.resolve(request.tripId(), "tripId");
        scope.writeForProgramme(request.programmeId(), "programmeId");
        return respond(id, new ScheduleTripCommand(new TripId(id), new ProgrammeId(request.programmeId()),
                new ContractorId(request.contractorId()), new DestinationId(request.destinationId()),
                request.startDate(), request.days(), Money.parseYuan(request.pricePerPersonPerDay()),
                request.name()));
    }

    @PostMapping("/{tripId}/participants")
    @Operation(summary = "Enrol participants in bulk (one request for 40–200 people, at most 500)",
            description = "Each idNumber becomes a keyed pseudonym (HMAC-SHA256) in the web layer; the number is "
                    + "never stored, logged or echoed. All or none are enrolled (422 category-not-eligible, "
                    + "duplicate-participant, already-settled).")
    public ResponseEntity<EnrolmentResponse> enrol(@PathVariable String tripId,
            @Valid @RequestBody TripRequests.EnrolRequest request, IdempotencyKey key) {
        TripId trip = tripId(tripId);
        scope.writeForTrip(tripId);
        String id = key.resolve(request.enrolmentId(), "enrolmentId");
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < request.participants().size(); i++) {
            participants.add(participant(request.participants().get(i), "participants[" + i + "]"));
        }
        CommandSender.Sent<TripResult> sent = send(trip, new EnrolParticipantsCommand(trip, new EnrolmentId(id),
                participants));
        EnrolmentResponse body = new EnrolmentResponse(tripId, id, participants.stream()
                .map(p -> new EnrolmentResponse.Enrolled(p.participantId().value(),
                        p.worker() == null ? null : p.worker().value())).toList());
        return CommandResponses.respond(sent.recorded(), location(tripId), body);
    }

    private Participant participant(TripRequests.ParticipantRequest p, String field) {
        WorkerPseudonym worker = null;
        if (p.idNumber() != null) {
            try {
                worker = pseudonyms.of(p.idScheme(), p.idNumber());
            } catch (IllegalArgumentException e) {
                throw RequestProblem.badRequest("invalid-value", field + ".idNumber", e.getMessage());
            }
        }
        String participantId = p.participantId() != null ? p.participantId()
                : worker != null ? worker.value() : null;
        if (participantId == null) {
            throw RequestProblem.badRequest("not-null", field + ".participantId",
                    "a participant without idNumber needs a participantId");
        }
        return new Participant(new ParticipantId(participantId), worker, p.category(), p.newFormSubtype(),
                p.ownership(), p.employerName(), p.familyMember());
    }

    @PostMapping("/{tripId}/settlement")
    @Operation(summary = "Settle a trip by who actually went",
            description = "ONE commit over the trip, the ledger (one posting PROGRAMME → EXPENSE for all attendees) "
                    + "and a worker history per attending worker. Not-listed participants are no-shows and are not "
                    + "paid. Refusals (nothing written): family-member-charged, category-not-eligible, "
                    + "unknown-funding-line, earmark-violation, frequency-exceeded, annual-cap-exceeded, "
                    + "insufficient-funds, already-settled.")
    public ResponseEntity<TripResponse> settle(@PathVariable String tripId,
            @Valid @RequestBody TripRequests.SettleRequest request, IdempotencyKey key) {
        return onTrip(tripId, request.settlementId(), key, "settlementId", (trip, id) ->
                new SettleTripCommand(trip, new SettlementId(id), request.attendees().stream()
                .map(a -> new AttendeeFunding(new ParticipantId(a.participantId()), TripRequests.Line.of(a.line())))
                .toList(), TripRequests.Line.of(request.defaultLine()), request.settledOn()));
    }

    @PostMapping("/{tripId}/corrections/no-show")
    @Operation(summary = "Remove a participant found after settlement not to have travelled",
            description = "Reverses that participant's charge (a ledger reversal referencing the settlement posting) "
                    + "and releases the worker's funding, in one commit.")
    public ResponseEntity<TripResponse> noShow(@PathVariable String tripId,
            @Valid @RequestBody TripRequests.NoShowRequest request, IdempotencyKey key) {
        return onTrip(tripId, request.correctionId(), key, "correctionId", (trip, id) ->
                new RemoveNoShowCommand(trip, new CorrectionId(id),
                new ParticipantId(request.participantId()), request.reason(), request.effectiveDate()));
    }

    @PostMapping("/{tripId}/corrections/category")
    @Operation(summary = "Correct a participant's worker category",
            description = "Refused with earmark-violation when the participant is charged to an earmarked line the "
                    + "new category does not fit, unless rechargeTo moves the cost (reversal + new posting).")
    public ResponseEntity<TripResponse> category(@PathVariable String tripId,
            @Valid @RequestBody TripRequests.CategoryRequest request, IdempotencyKey key) {
        return onTrip(tripId, request.correctionId(), key, "correctionId", (trip, id) ->
                new ChangeParticipantCategoryCommand(trip, new CorrectionId(id),
                new ParticipantId(request.participantId()), request.category(), request.newFormSubtype(),
                TripRequests.Line.of(request.rechargeTo()), request.reason(), request.effectiveDate()));
    }

    @PostMapping("/{tripId}/corrections/recharge")
    @Operation(summary = "Move a participant's cost to another programme line",
            description = "A reversal (posting trip-reverse:<n>:<tripId>) and a new charge (trip-charge:<n>:<tripId>)"
                    + " for the trip's n-th correction, both referencing the original posting; the new line's earmark"
                    + " must admit the participant.")
    public ResponseEntity<TripResponse> recharge(@PathVariable String tripId,
            @Valid @RequestBody TripRequests.RechargeRequest request, IdempotencyKey key) {
        return onTrip(tripId, request.correctionId(), key, "correctionId", (trip, id) ->
                new RechargeParticipantCommand(trip, new CorrectionId(id),
                new ParticipantId(request.participantId()), request.line().toLine(), request.reason(),
                request.effectiveDate()));
    }

    @GetMapping("/{tripId}")
    @Operation(summary = "A trip: schedule, judged standards, participants (pseudonyms), settlement, corrections")
    public TripView get(@PathVariable String tripId) {
        return trips.find(tripId(tripId)).orElseThrow(() -> RequestProblem.notFound("tripId",
                "trip " + tripId + " is not known"));
    }

    /** A command on the path's trip: a safe trip id, in the caller's scope, under the request's (or header's) id. */
    private ResponseEntity<TripResponse> onTrip(String tripId, String requestId, IdempotencyKey key,
            String idField, BiFunction<TripId, String, Object> command) {
        TripId trip = tripId(tripId);
        scope.writeForTrip(tripId);
        return respond(tripId, command.apply(trip, key.resolve(requestId, idField)));
    }

    private ResponseEntity<TripResponse> respond(String tripId, Object command) {
        CommandSender.Sent<TripResult> sent = send(null, command);
        return CommandResponses.respond(sent.recorded(), location(tripId), TripResponse.of(sent.result()));
    }

    private CommandSender.Sent<TripResult> send(TripId pathTrip, Object command) {
        try {
            return sender.send(command);
        } catch (AggregateNotFoundException e) {
            throw RequestProblem.notFound("tripId", "the trip is not known");
        } catch (RuleViolation violation) {
            if (TripRuleViolation.UNKNOWN_TRIP.equals(violation.rule())) {
                throw RequestProblem.notFound("tripId", violation.getMessage());
            }
            throw violation;
        }
    }

    private static URI location(String tripId) {
        return URI.create("/api/v1/trips/" + tripId);
    }

    private static TripId tripId(String value) {
        return new TripId(RequestProblem.safeId(value, "tripId"));
    }
}
