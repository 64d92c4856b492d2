package org.unionfund.ledger.recuperation.trip.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.SingleCollectionProjection;
import org.unionfund.ledger.platform.projection.KeyedValues;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

import com.mongodb.client.MongoDatabase;

/**
 * The trips as the trip list browses them ({@code list_trips}, one document per trip): schedule, status (SCHEDULED
 * or SETTLED), the worker categories of its participants, who attended net of removed no-shows, and the union money
 * charged per participant (fen). Every handler reads the trip's document, sets what the event says and writes it
 * back whole (sets and maps keyed by participant), so a redelivered event changes nothing; a replay empties the
 * collection first.
 */
@Component
@ProcessingGroup(TripListProjection.GROUP)
public class TripListProjection extends SingleCollectionProjection {

    public static final String GROUP = "trip-list";
    static final String TRIPS = "list_trips";

    public TripListProjection(MongoDatabase database) {
        super(database, TRIPS);
    }

    @EventHandler
    void on(TripScheduledEvent e) {
        update(e.tripId(), d -> d.append("name", TripReadModel.Fold.displayName(e))
                .append("programme", e.programmeId().value()).append("ledger", e.ledgerId().rootBodyId())
                .append("body", e.bodyId().value()).append("year", e.year())
                .append("start", e.startDate().toString()).append("days", e.days())
                .append("destination", e.destinationId().value())
                .append("costPerPersonFen", e.costPerPerson().fen()));
    }

    @EventHandler
    void on(ParticipantsEnrolledEvent e) {
        update(e.tripId(), d -> {
            Map<String, Object> categories = KeyedValues.read(d, "categoryOf");
            for (Participant p : e.participants()) {
                if (!p.familyMember() && p.category() != null) {
                    categories.put(p.participantId().value(), p.category().name());
                }
            }
            KeyedValues.write(d, "categoryOf", categories);
            d.put("enrolled", union(d.getList("enrolled", String.class),
                    e.participants().stream().map(p -> p.participantId().value()).toList()));
        });
    }

    @EventHandler
    void on(TripSettledEvent e) {
        update(e.tripId(), d -> {
            d.put("status", "SETTLED");
            d.put("settledOn", e.settledOn().toString());
            d.put("attended", e.attended().stream().map(p -> p.value()).toList());
            Map<String, Object> charged = new LinkedHashMap<>();
            for (ParticipantCharge c : e.charges()) {
                charged.put(c.participantId().value(), c.amount().fen());
            }
            KeyedValues.write(d, "chargedFen", charged);
        });
    }

    @EventHandler
    void on(NoShowRemovedEvent e) {
        update(e.tripId(), d -> {
            d.put("removed", union(d.getList("removed", String.class), List.of(e.participantId().value())));
            Map<String, Object> charged = KeyedValues.read(d, "chargedFen");
            charged.remove(e.participantId().value());
            KeyedValues.write(d, "chargedFen", charged);
        });
    }

    @EventHandler
    void on(ParticipantCategoryChangedEvent e) {
        update(e.tripId(), d -> {
            Map<String, Object> categories = KeyedValues.read(d, "categoryOf");
            categories.put(e.participantId().value(), e.toCategory().name());
            KeyedValues.write(d, "categoryOf", categories);
        });
    }

    private void update(TripId trip, Consumer<Document> change) {
        String id = trip.value();
        rewrite(id, () -> new Document("_id", id).append("status", "SCHEDULED").append("categoryOf", List.of())
                .append("enrolled", List.of()).append("attended", List.of()).append("removed", List.of())
                .append("chargedFen", List.of()), change.andThen(d -> d.put("categories", new ArrayList<>(
                        new TreeSet<>(KeyedValues.read(d, "categoryOf").values().stream().map(String::valueOf)
                                .toList())))));
    }

    private static List<String> union(List<String> before, List<String> added) {
        TreeSet<String> all = new TreeSet<>(before == null ? List.of() : before);
        all.addAll(added);
        return new ArrayList<>(all);
    }
}
