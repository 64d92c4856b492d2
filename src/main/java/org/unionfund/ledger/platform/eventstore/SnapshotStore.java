package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.bson.RawBsonDocument;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;

/** The latest snapshot per aggregate in {@code snapshots}, keyed by aggregate identifier. */
final class SnapshotStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> snapshots;

    SnapshotStore(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * Stores the snapshot unless one at the same or a later sequence number is already there. The guard is in the
     * filter, so the check and the write are one atomic operation; if it does not match, the upsert collides with the
     * existing document on {@code _id} and that collision means "keep the newer one". On the embedded server this
     * filter scans the (small: one document per snapshotted aggregate) collection.
     */
    void store(Document snapshot) {
        Object id = snapshot.get(CommitCodec.ID);
        long seq = CommitCodec.longValue(snapshot.get(CommitCodec.SEQ));
        try {
            snapshots.replaceOne(and(eq(CommitCodec.ID, id), lt(CommitCodec.SEQ, seq)), snapshot, UPSERT);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    Optional<StoredEvent> latest(String aggregateId) {
        RawBsonDocument found = snapshots.withDocumentClass(RawBsonDocument.class)
                                         .find(eq(CommitCodec.ID, aggregateId)).first();
        return found == null ? Optional.empty() : Optional.of(CommitReader.snapshot(found));
    }

    /** Those of the aggregates that have a snapshot. */
    Set<String> existing(List<String> aggregateIds) {
        Set<String> found = new HashSet<>();
        if (!aggregateIds.isEmpty()) {
            snapshots.find(in(CommitCodec.ID, aggregateIds)).projection(Projections.include(CommitCodec.ID))
                     .forEach(d -> found.add(String.valueOf(d.get(CommitCodec.ID))));
        }
        return found;
    }

    Optional<Long> latestSequenceNumber(String aggregateId) {
        Document found = snapshots.find(eq(CommitCodec.ID, aggregateId))
                                  .projection(Projections.include(CommitCodec.SEQ)).first();
        return found == null ? Optional.empty() : Optional.of(CommitCodec.longValue(found.get(CommitCodec.SEQ)));
    }
}
