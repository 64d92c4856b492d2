package org.unionfund.ledger.recuperation.trip.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeSpending;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

/**
 * A programme's spending folded from its trips' events in the event store: settlement charges, minus no-shows
 * removed, moved by recharges. Always consistent with the commands.
 */
@Component
public record EventStoreProgrammeSpending(EventStore events) implements ProgrammeSpending {

    @Override
    public Spent of(List<String> trips) {
        Map<String, ParticipantCharge> active = new LinkedHashMap<>();
        int participantDays = 0;
        for (String trip : trips) {
            int days = 0;
            for (Object event : payloads(new TripId(trip).toString())) {
                if (event instanceof TripScheduledEvent e) {
                    days = e.days();
                } else if (event instanceof TripSettledEvent e) {
                    e.charges().forEach(c -> active.put(trip + "|" + c.participantId().value(), c));
                } else if (event instanceof NoShowRemovedEvent e) {
                    active.remove(trip + "|" + e.participantId().value());
                } else if (event instanceof ParticipantRechargedEvent e) {
                    active.computeIfPresent(trip + "|" + e.participantId().value(), (k, c) -> c.withLine(e.toLine()));
                }
            }
            for (String key : active.keySet()) {
                if (key.startsWith(trip + "|")) {
                    participantDays += days;
                }
            }
        }
        Map<String, Money> charged = new LinkedHashMap<>();
        Set<String> distinct = new HashSet<>();
        for (ParticipantCharge c : active.values()) {
            charged.merge(ProgrammeSpending.lineKey(c.line().fundId().value(), c.line().earmark()), c.amount(),
                    Money::plus);
            distinct.add(c.worker().value());
        }
        return new Spent(charged, active.size(), distinct.size(), participantDays);
    }

    private List<Object> payloads(String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(m -> (Object) ((DomainEventMessage<?>) m).getPayload())
                .toList();
    }
}
