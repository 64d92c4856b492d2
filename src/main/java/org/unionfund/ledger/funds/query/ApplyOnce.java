package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * Idempotent increments for projections. Every document remembers in {@code lastSeq} the ledger sequence number of
 * the last event applied to it; an event at or below it is skipped, so a redelivered event (after a crash between
 * two writes, or delivered twice) never counts twice. Within one ledger the sequence numbers of its events rise
 * strictly, and every document here belongs to one ledger.
 */
final class ApplyOnce {

    static final String LAST_SEQ = "lastSeq";

    private ApplyOnce() {
    }

    /**
     * Adds {@code increments} (field → long delta) to document {@code id} unless event {@code seq} was applied to it
     * already; a missing document is created from {@code fields} plus the increments.
     *
     * @return whether the event was applied now
     */
    static boolean increment(MongoCollection<Document> collection, String id, long seq, Map<String, Long> increments,
            Document fields) {
        List<Bson> updates = new ArrayList<>();
        increments.forEach((field, delta) -> updates.add(Updates.inc(field, delta)));
        updates.add(Updates.set(LAST_SEQ, seq));
        Bson update = Updates.combine(updates);
        for (int attempt = 0; attempt < 5; attempt++) {
            if (collection.updateOne(and(eq("_id", id), lt(LAST_SEQ, seq)), update).getMatchedCount() > 0) {
                return true;
            }
            if (collection.find(eq("_id", id)).first() != null) {
                return false;
            }
            Document created = new Document("_id", id);
            created.putAll(fields);
            increments.forEach(created::append);
            created.append(LAST_SEQ, seq);
            try {
                collection.insertOne(created);
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("could not apply event " + seq + " to " + id);
    }
}
