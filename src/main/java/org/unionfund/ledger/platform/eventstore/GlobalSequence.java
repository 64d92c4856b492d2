package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/** The global sequence counter: one document in {@code sequences}, advanced atomically by the number reserved. */
final class GlobalSequence {

    private static final String NAME = "events";
    private static final String VALUE = "value";
    private static final FindOneAndUpdateOptions RESERVE = new FindOneAndUpdateOptions()
            .upsert(true).returnDocument(ReturnDocument.AFTER).projection(Projections.include(VALUE));

    private final MongoCollection<Document> sequences;

    GlobalSequence(MongoCollection<Document> sequences) {
        this.sequences = sequences;
    }

    /** Reserves {@code count} consecutive numbers and returns the last of them. */
    long reserve(int count) {
        Document after = sequences.findOneAndUpdate(eq("_id", NAME), Updates.inc(VALUE, (long) count), RESERVE);
        return CommitCodec.longValue(after.get(VALUE));
    }

    /** The highest number reserved so far; 0 before the first append. */
    long current() {
        Document document = sequences.find(eq("_id", NAME)).projection(Projections.include(VALUE)).first();
        return document == null ? 0L : CommitCodec.longValue(document.get(VALUE));
    }
}
