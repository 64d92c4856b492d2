package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGG_KEYS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENTS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASHES;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;

import java.time.Instant;
import java.util.List;

import org.bson.BsonBinaryReader;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * A commit as read for one aggregate's load: the server sends the commit's keys and hashes and only the first of
 * its events that belong to the aggregate ({@code $elemMatch} projection), not the whole commit. That is the whole
 * answer when the commit holds one event of the aggregate — a trip's commit holds one of its programme and one of
 * its ledger, among a hundred of the trip and its workers — else the caller reads the commit whole.
 */
final class ProjectedCommit {

    private ProjectedCommit() {
    }

    static Bson projection(String aggregateId) {
        return Projections.fields(Projections.include(ID, AGG_KEYS, HASHES),
                                  Projections.elemMatch(EVENTS, Filters.eq(AGGREGATE_ID, aggregateId)));
    }

    /**
     * The aggregate's one event of the projected commit, with its hash when the commit's keys and hashes are
     * parallel (a commit of aggregate events only); null when the commit holds several of the aggregate's events
     * (or not the expected shape): read it whole.
     */
    static CommitReader.StoredCommit read(RawBsonDocument projected, String aggregateId) {
        long first = -1;
        List<String> keys = List.of();
        List<StoredEvent> events = List.of();
        List<String> hashes = null;
        try (BsonBinaryReader reader = new BsonBinaryReader(projected.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            BsonType type;
            while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                switch (reader.readName()) {
                    case ID -> first = CommitReader.readLong(reader, type);
                    case AGG_KEYS -> keys = CommitReader.strings(reader, values -> values.add(null));
                    case HASHES -> hashes = CommitReader.hashes(reader, type);
                    case EVENTS -> events = CommitReader.events(reader);
                    default -> reader.skipValue();
                }
            }
            reader.readEndDocument();
        }
        int index = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (AggregateStreamReader.isKeyOf(keys.get(i), aggregateId)) {
                if (index >= 0) {
                    return null;
                }
                index = i;
            }
        }
        if (index < 0 || events.size() != 1 || !aggregateId.equals(events.get(0).getAggregateIdentifier())) {
            return null;
        }
        String hash = hashes != null && hashes.size() == keys.size() ? hashes.get(index) : null;
        return new CommitReader.StoredCommit(first, first, Instant.EPOCH, events,
                                             hash == null ? List.of() : List.of(hash));
    }
}
