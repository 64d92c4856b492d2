package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_TYPE;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENTS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENT_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.GSEQ;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASHES;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.METADATA;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.PAYLOAD;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.RECORDED_AT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.REVISION;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.SEQ;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TEXT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TIMESTAMP;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TYPE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.RawBsonDocument;

/**
 * Reads commit and snapshot documents straight from their BSON bytes in one pass, building the events and their
 * payload trees without an intermediate {@code Document}: replay speed is dominated by this decoding.
 */
final class CommitReader {

    private static final SerializedType METADATA_TYPE = new SimpleSerializedType(MetaData.class.getName(), null);

    /** A commit as read: its global sequence range and its events in order (none for a voided reservation). */
    record StoredCommit(long first, long last, Instant recordedAt, List<StoredEvent> events, List<String> hashes) {

        /** The stored hash of event {@code index}, or {@code null} (not read, or a commit from before hashing). */
        String hash(int index) {
            return index < hashes.size() ? hashes.get(index) : null;
        }
    }

    private CommitReader() {
    }

    static StoredCommit commit(RawBsonDocument raw) {
        return commit(raw, false);
    }

    /** @param withHashes also read the events' stored hashes (skipped by default: replays do not need them) */
    static StoredCommit commit(RawBsonDocument raw, boolean withHashes) {
        return commit(raw, withHashes, null);
    }

    /**
     * The commit with only the events of the aggregates {@code wanted} accepts, and their hashes: the others are
     * skipped without decoding their payloads (an aggregate's load needs a few events of commits holding many).
     */
    static StoredCommit commitOf(RawBsonDocument raw, Predicate<String> wanted) {
        return commit(raw, true, wanted);
    }

    private static StoredCommit commit(RawBsonDocument raw, boolean withHashes, Predicate<String> wanted) {
        try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            long first = 0;
            long last = 0;
            Instant recordedAt = Instant.EPOCH;
            List<StoredEvent> events = List.of();
            List<Integer> kept = new ArrayList<>();
            List<String> hashes = List.of();
            BsonType type;
            while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                switch (reader.readName()) {
                    case ID -> first = readLong(reader, type);
                    case LAST -> last = readLong(reader, type);
                    case RECORDED_AT -> recordedAt = Instant.ofEpochMilli(reader.readDateTime());
                    case EVENTS -> events = events(reader, wanted, kept);
                    case HASHES -> {
                        if (withHashes) {
                            List<String> stored = hashes(reader, type);
                            hashes = stored == null ? List.of() : stored;
                        } else {
                            reader.skipValue();
                        }
                    }
                    default -> reader.skipValue();
                }
            }
            reader.readEndDocument();
            return new StoredCommit(first, last, recordedAt, events, wanted == null ? hashes : keptOnly(hashes, kept));
        }
    }

    static StoredEvent snapshot(RawBsonDocument raw) {
        try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            StoredEvent snapshot = event(reader);
            reader.readEndDocument();
            return snapshot;
        }
    }

    /**
     * A stored {@code hashes} or {@code prevs} value as hex hashes in event order: a binary of 32 bytes per event, or,
     * in commits written before the binary format, an array of hex strings ({@code null} entries where not a string).
     * Null for any other type and for a binary whose length is not a multiple of 32.
     */
    static List<String> hashes(BsonReader reader, BsonType type) {
        if (type == BsonType.BINARY) {
            return ChainHash.split(reader.readBinaryData().getData());
        }
        if (type != BsonType.ARRAY) {
            reader.skipValue();
            return null;
        }
        return strings(reader, hashes -> hashes.add(null));
    }

    /** The string elements of the array at the reader, in order; {@code other} is told of any other, skipped. */
    static List<String> strings(BsonReader reader, Consumer<List<String>> other) {
        List<String> values = new ArrayList<>();
        reader.readStartArray();
        BsonType type;
        while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
            if (type == BsonType.STRING) {
                values.add(reader.readString());
            } else {
                reader.skipValue();
                other.accept(values);
            }
        }
        reader.readEndArray();
        return values;
    }

    /** The events of the array at the reader, in order. */
    static List<StoredEvent> events(BsonReader reader) {
        return events(reader, null, new ArrayList<>());
    }

    /** The events {@code wanted} accepts (all if null), their positions in the commit added to {@code kept}. */
    private static List<StoredEvent> events(BsonReader reader, Predicate<String> wanted, List<Integer> kept) {
        List<StoredEvent> events = new ArrayList<>();
        reader.readStartArray();
        for (int index = 0; reader.readBsonType() != BsonType.END_OF_DOCUMENT; index++) {
            reader.readStartDocument();
            StoredEvent event = event(reader, wanted);
            reader.readEndDocument();
            if (event != null) {
                events.add(event);
                kept.add(index);
            }
        }
        reader.readEndArray();
        return events;
    }

    /** The hashes at the kept positions; where the stored list is shorter (not read, or older commits), none. */
    private static List<String> keptOnly(List<String> hashes, List<Integer> kept) {
        List<String> selected = new ArrayList<>(kept.size());
        for (int index : kept) {
            if (index >= hashes.size()) {
                return selected;
            }
            selected.add(hashes.get(index));
        }
        return selected;
    }

    private static StoredEvent event(BsonReader reader) {
        return event(reader, null);
    }

    /**
     * The fields of an event sub-document, or of a snapshot document (whose {@code _id} is the aggregate); null, its
     * remaining fields skipped, once its aggregate proves to be one {@code wanted} refuses.
     */
    private static StoredEvent event(BsonReader reader, Predicate<String> wanted) {
        long gseq = -1;
        long seq = 0;
        String aggregateType = null;
        String aggregateId = null;
        String eventId = null;
        String payloadType = null;
        String revision = null;
        String timestamp = null;
        Object payload = null;
        boolean payloadIsText = false;
        Object metadata = null;
        boolean metadataIsText = false;
        BsonType type;
        boolean refused = false;
        while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
            if (refused) {
                reader.skipName();
                reader.skipValue();
                continue;
            }
            switch (reader.readName()) {
                case GSEQ -> gseq = readLong(reader, type);
                case SEQ -> seq = readLong(reader, type);
                case AGGREGATE_TYPE -> aggregateType = reader.readString();
                case AGGREGATE_ID, ID -> {
                    aggregateId = reader.readString();
                    refused = wanted != null && !wanted.test(aggregateId);
                }
                case EVENT_ID -> eventId = reader.readString();
                case TYPE -> payloadType = reader.readString();
                case REVISION -> revision = reader.readString();
                case TIMESTAMP -> timestamp = reader.readString();
                case PAYLOAD -> payload = JsonBson.readTree(reader, type);
                case PAYLOAD + TEXT -> {
                    payload = reader.readString();
                    payloadIsText = true;
                }
                case METADATA -> metadata = JsonBson.readTree(reader, type);
                case METADATA + TEXT -> {
                    metadata = reader.readString();
                    metadataIsText = true;
                }
                default -> reader.skipValue();
            }
        }
        if (refused || wanted != null && aggregateId == null) {
            return null;
        }
        SerializedType serializedType = new SimpleSerializedType(payloadType, revision);
        return new StoredEvent(gseq, aggregateType, aggregateId, seq, eventId, timestamp,
                               new StoredData(serializedType, payload, payloadIsText),
                               new StoredData(METADATA_TYPE, metadata, metadataIsText));
    }

    static long readLong(BsonReader reader, BsonType type) {
        return switch (type) {
            case INT32 -> reader.readInt32();
            case INT64 -> reader.readInt64();
            case DOUBLE -> (long) reader.readDouble();
            default -> throw new IllegalStateException("Expected a number but found " + type);
        };
    }
}
