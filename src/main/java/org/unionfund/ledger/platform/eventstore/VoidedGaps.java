package org.unionfund.ledger.platform.eventstore;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Turns an expired gap (global sequence numbers reserved but never stored: a writer that crashed, or a commit
 * deleted before it was sealed) into an explicit voided record that names why, so it is hashed and sealed like any
 * commit and never sealed silently as a hole.
 */
public final class VoidedGaps {

    public static final String EXPIRED = "expired: no commit was stored for these numbers within the gap timeout "
            + "(a writer that crashed, or a commit deleted before it was sealed)";

    private final MongoCollection<Document> events;

    public VoidedGaps(MongoDatabase database) {
        this.events = database.getCollection("events");
    }

    /** Stores the voided record; returns its commit hash, or null if a commit took {@code first} meanwhile. */
    public String voidGap(long first, long last, Instant recordedAt) {
        Document voided = CommitCodec.voided(first, last, Date.from(recordedAt), EXPIRED);
        try {
            events.insertOne(voided);
            return voided.getString(CommitCodec.HASH);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return null;
            }
            throw e;
        }
    }
}
