package org.unionfund.ledger.audit.lineage;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantRechargedEvent;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The lineage read model (processing group {@value #GROUP}), all documents keyed for {@code _id} look-ups:
 * <ul>
 * <li>{@code audit_lineage_postings}, {@code <ledgerId>/<postingId>}: every posting with its legs (fen), the event
 * that booked it, its global sequence and the event's details (allocation sender and receiver, matching terms,
 * programme, reversed posting …);</li>
 * <li>{@code audit_lineage_accounts}, {@code <ledgerId>/<account key>}: for FUND and PROGRAMME accounts the postings
 * that brought money in ({@code in}) and took it out ({@code out});</li>
 * <li>{@code audit_lineage_refs}: {@code trip:<id>} and {@code programme:<id>} → ledger, body, programme;
 * {@code posting:<ledgerId>/<postingId>} → the trip a settlement or trip correction posting belongs to.</li>
 * </ul>
 * Every write is an idempotent upsert or set addition, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(LineageProjection.GROUP)
public class LineageProjection {

    public static final String GROUP = "audit-lineage";
    /** Payload members left out of a posting's details (the posting itself, or long lists). */
    private static final List<String> OMITTED = List.of("posting", "requestFingerprint", "ledgerId", "charges",
            "participants", "reversal", "charge");

    private final LineageCollections lineage;
    private final ObjectMapper json;
    private final CommitLog commits;

    public LineageProjection(MongoDatabase database, ObjectMapper json, CommitLog commits) {
        this.commits = commits;
        this.lineage = new LineageCollections(database);
        this.json = json;
    }

    /**
     * Where the posting stands in the global order: its own number from the store, since the token of an event that
     * fills a gap stands at the highest number delivered so far (a live projection and a rebuild would differ).
     */
    private Long position(EventMessage<?> message, TrackingToken token) {
        if (message instanceof DomainEventMessage<?> domain) {
            long own = commits.globalSequenceOf(domain.getAggregateIdentifier(), domain.getSequenceNumber());
            if (own >= 0) {
                return own;
            }
        }
        return token == null ? null : token.position().orElse(-1);
    }

    @EventHandler
    void on(PostingEvent event, EventMessage<?> message, TrackingToken token) {
        String ledger = event.ledgerId().rootBodyId();
        String postingId = event.posting().id().value();
        String id = ledger + "/" + postingId;
        List<Document> legs = new ArrayList<>();
        for (PostingLeg leg : event.posting().legs()) {
            legs.add(leg(leg));
        }
        Document posting = new Document("_id", id).append("ledgerId", ledger).append("postingId", postingId)
                .append("event", event.getClass().getSimpleName())
                .append("effectiveDate", event.posting().effectiveDate().toString())
                .append("gseq", position(message, token))
                .append("legs", legs)
                .append("details", details(event));
        if (event instanceof PostingReversedEvent reversal) {
            posting.append("reverses", reversal.originalPostingId().value());
        }
        lineage.postings().replaceOne(eq("_id", id), posting, new ReplaceOptions().upsert(true));
        for (PostingLeg leg : event.posting().legs()) {
            AccountKind kind = leg.account().kind();
            if (kind != AccountKind.FUND && kind != AccountKind.PROGRAMME) {
                continue;
            }
            String account = ledger + "/" + leg.account().key();
            Document fields = leg(leg);
            fields.remove("fen");
            lineage.accounts().updateOne(eq("_id", account), Updates.combine(
                    Updates.setOnInsert(new Document(fields).append("ledgerId", ledger)),
                    Updates.addToSet(leg.amount().isPositive() ? "in" : "out", postingId)),
                    new UpdateOptions().upsert(true));
        }
    }

    @EventHandler
    void on(TripScheduledEvent event) {
        ref("trip:" + event.tripId().value(), new Document("ledgerId", event.ledgerId().rootBodyId())
                .append("body", event.bodyId().value()).append("programme", event.programmeId().value())
                .append("startDate", event.startDate().toString()).append("days", event.days()));
    }

    @EventHandler
    void on(ProgrammeOpenedEvent event) {
        ref("programme:" + event.programmeId().value(), new Document("ledgerId", event.ledgerId().rootBodyId())
                .append("body", event.bodyId().value()).append("year", event.year()).append("name", event.name()));
    }

    @EventHandler
    void on(TripSettledEvent event) {
        if (event.posting() != null) {
            postingOfTrip(event.ledgerId().rootBodyId(), event.posting().id().value(), event.tripId().value());
        }
    }

    @EventHandler
    void on(NoShowRemovedEvent event) {
        Document trip = lineage.refs().find(eq("_id", "trip:" + event.tripId().value())).first();
        if (trip != null && event.reversal() != null) {
            postingOfTrip(trip.getString("ledgerId"), event.reversal().id().value(), event.tripId().value());
        }
    }

    @EventHandler
    void on(ParticipantRechargedEvent event) {
        Document trip = lineage.refs().find(eq("_id", "trip:" + event.tripId().value())).first();
        if (trip == null) {
            return;
        }
        if (event.reversal() != null) {
            postingOfTrip(trip.getString("ledgerId"), event.reversal().id().value(), event.tripId().value());
        }
        if (event.charge() != null) {
            postingOfTrip(trip.getString("ledgerId"), event.charge().id().value(), event.tripId().value());
        }
    }

    @ResetHandler
    void reset() {
        MongoCollections.clear(lineage);
    }

    private void postingOfTrip(String ledger, String postingId, String tripId) {
        ref("posting:" + ledger + "/" + postingId, new Document("trip", tripId));
    }

    private void ref(String id, Document fields) {
        lineage.refs().replaceOne(eq("_id", id), new Document("_id", id).append("fields", fields),
                new ReplaceOptions().upsert(true));
    }

    private static Document leg(PostingLeg leg) {
        var account = leg.account();
        return new Document("key", account.key()).append("kind", account.kind().name())
                .append("body", account.body().value()).append("year", account.year())
                .append("fund", account.fund() == null ? null : account.fund().value())
                .append("earmark", account.earmark()).append("category", account.category())
                .append("programme", account.programme()).append("fen", leg.amount().fen());
    }

    @SuppressWarnings("unchecked")
    private Document details(Object event) {
        Map<String, Object> all = json.convertValue(event, LinkedHashMap.class);
        Document details = new Document();
        all.forEach((name, value) -> {
            if (!OMITTED.contains(name)) {
                details.append(name, value);
            } else if (value instanceof List<?> list && !name.equals("legs")) {
                details.append(name + "Count", list.size());
            }
        });
        return details;
    }
}
