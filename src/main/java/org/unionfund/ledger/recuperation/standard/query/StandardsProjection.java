package org.unionfund.ledger.recuperation.standard.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.SingleCollectionProjection;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardSetEvent;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Collection {@code standards}: one document per schedule ({@code _id} = schedule id, e.g.
 * {@code 330000:DAILY_PRICE_CAP}) holding the timeline as {@link StandardTimeline} builds it from the events, so the
 * read side judges a date exactly as the aggregate does. {@code lastSeq} (the schedule's event sequence number)
 * makes a redelivered event a no-op.
 */
@Component
@ProcessingGroup(StandardsProjection.GROUP)
public class StandardsProjection extends SingleCollectionProjection {

    public static final String GROUP = "standards";
    static final String COLLECTION = "standards";

    public StandardsProjection(MongoDatabase database) {
        super(database, COLLECTION);
    }

    @EventHandler
    void on(StandardSetEvent event, @SequenceNumber long seq) {
        String id = event.scheduleId().value();
        for (int attempt = 0; attempt < 5; attempt++) {
            Document existing = collection.find(eq("_id", id)).first();
            long last = existing == null ? -1 : ((Number) existing.get("lastSeq")).longValue();
            if (last >= seq) {
                return;
            }
            StandardTimeline timeline = existing == null ? StandardTimeline.empty()
                    : StandardDocuments.timeline(existing);
            Document updated = new Document("_id", id)
                    .append("regionBodyId", event.regionBodyId().value())
                    .append("kind", event.kind().name())
                    .append("entries", entries(timeline.with(event)))
                    .append("lastSeq", seq);
            if (existing == null) {
                try {
                    collection.insertOne(updated);
                    return;
                } catch (com.mongodb.MongoWriteException raced) {
                    continue;
                }
            }
            if (collection.replaceOne(and(eq("_id", id), eq("lastSeq", last)), updated, new ReplaceOptions())
                    .getMatchedCount() > 0) {
                return;
            }
        }
        throw new IllegalStateException("schedule " + id + " keeps changing under event " + seq);
    }

    private static List<Document> entries(StandardTimeline timeline) {
        List<Document> entries = new ArrayList<>();
        for (StandardEntry entry : timeline.entries()) {
            entries.add(StandardDocuments.entry(entry));
        }
        return entries;
    }
}
