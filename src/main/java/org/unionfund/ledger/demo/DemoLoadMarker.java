package org.unionfund.ledger.demo;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.unionfund.ledger.demo.scenario.DemoScale;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Remembers in the store (collection {@code demo_data}, one document) that a demo load started and whether it
 * completed, so a restart after a crash in the middle of a load sends it again (every command is an idempotent
 * repeat up to where it stopped) instead of taking the half-loaded store for someone's data.
 */
final class DemoLoadMarker {

    static final String COLLECTION = "demo_data";
    private static final String ID = "load";

    enum State { STARTED, COMPLETED, FAILED }

    private final MongoCollection<Document> collection;

    DemoLoadMarker(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    State state() {
        Document marker = collection.find(eq("_id", ID)).first();
        return marker == null ? null : State.valueOf(marker.getString("state"));
    }

    void started(DemoScale scale, String principal, String correlationId) {
        collection.updateOne(eq("_id", ID), Updates.combine(
                Updates.set("state", State.STARTED.name()),
                Updates.set("scale", scale.name()),
                Updates.set("principal", principal),
                Updates.set("correlationId", correlationId),
                Updates.set("startedAt", Date.from(Instant.now())),
                Updates.unset("error")), new UpdateOptions().upsert(true));
    }

    void completed(DemoLoadReport report) {
        collection.updateOne(eq("_id", ID), Updates.combine(
                Updates.set("state", State.COMPLETED.name()),
                Updates.set("completedAt", Date.from(Instant.now())),
                Updates.set("seconds", report.duration().toMillis() / 1000.0),
                Updates.set("trips", report.trips()),
                Updates.set("personTimes", report.personTimes()),
                Updates.set("events", report.events())));
    }

    void failed(String error) {
        collection.updateOne(eq("_id", ID), Updates.combine(
                Updates.set("state", State.FAILED.name()),
                Updates.set("error", error)));
    }
}
