package org.unionfund.ledger.security.scope;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.query.LedgerBalances;
import org.unionfund.ledger.funds.query.LegView;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;

/**
 * Finds the union body a request acts for when the request names something else: a programme (its body), a trip
 * (its programme's body), an allocation (its receiver commits matching funds), a posting (the bodies it touches).
 * Programmes and trips are read from their own event streams (always current); allocations and postings from the
 * ledger projections. {@link ScopeGuard} asks only for principals limited to a body: for SYSTEM the command itself
 * reports an unknown reference.
 */
@Component
class ActingBodies {

    private final EventStore events;
    private final MatchingStatuses matching;
    private final LedgerBalances balances;

    ActingBodies(EventStore events, MatchingStatuses matching, LedgerBalances balances) {
        this.events = events;
        this.matching = matching;
        this.balances = balances;
    }

    /** The body of a programme; 422 {@code unknown-programme} when there is no such programme. */
    String ofProgramme(ProgrammeId programme) {
        return first(programme.toString()).filter(ProgrammeOpenedEvent.class::isInstance)
                .map(e -> ((ProgrammeOpenedEvent) e).bodyId().value())
                .orElseThrow(() -> new ProgrammeRuleViolation(ProgrammeRuleViolation.UNKNOWN_PROGRAMME,
                        "programmeId", "programme " + programme.value() + " is not known"));
    }

    /** The body of a programme, if there is such a programme. */
    Optional<String> programmeBody(String programmeId) {
        return first(new ProgrammeId(programmeId).toString()).filter(ProgrammeOpenedEvent.class::isInstance)
                .map(e -> ((ProgrammeOpenedEvent) e).bodyId().value());
    }

    /** The body of a trip's programme, if there is such a trip. */
    Optional<String> tripBody(String tripId) {
        return first(new TripId(tripId).toString()).filter(TripScheduledEvent.class::isInstance)
                .map(e -> ((TripScheduledEvent) e).bodyId().value());
    }

    /** The body of a trip's programme; 404 {@code not-found} naming {@code tripId} when there is no such trip. */
    String ofTrip(TripId trip) {
        return first(trip.toString()).filter(TripScheduledEvent.class::isInstance)
                .map(e -> ((TripScheduledEvent) e).bodyId().value())
                .orElseThrow(() -> RequestProblem.notFound("tripId", "trip " + trip.value() + " is not known"));
    }

    /** The receiving body of an allocation with a matching requirement; 422 {@code unknown-posting} otherwise. */
    String receiverOf(String ledgerId, String allocationId) {
        return matching.status(ledgerId, allocationId).map(status -> status.toBodyId())
                .orElseThrow(() -> new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "allocationId",
                        "allocation " + allocationId + " with a matching requirement is not booked in ledger "
                                + ledgerId));
    }

    /** Every body a booked posting touches; 422 {@code unknown-posting} when it is not booked. */
    Set<String> touchedBy(String ledgerId, String postingId) {
        List<LegView> legs = balances.posting(ledgerId, postingId).map(view -> view.posting().legs())
                .orElseThrow(() -> new LedgerRuleViolation(LedgerRule.UNKNOWN_POSTING, "originalPostingId",
                        "posting " + postingId + " is not booked in ledger " + ledgerId));
        Set<String> bodies = new LinkedHashSet<>();
        legs.forEach(leg -> bodies.add(leg.account().body()));
        return bodies;
    }

    private Optional<Object> first(String aggregateId) {
        return events.readEvents(aggregateId, 0).asStream().findFirst()
                .map(message -> ((DomainEventMessage<?>) message).getPayload());
    }
}
