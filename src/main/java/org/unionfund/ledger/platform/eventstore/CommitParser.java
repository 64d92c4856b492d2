package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGG_KEYS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENTS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASH;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASHES;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.PREVS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.RECORDED_AT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.VOIDED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.RawBsonDocument;

/**
 * Reads a stored commit document field by field without trusting its shape: a malformed field becomes a named
 * problem on the {@link CommitRecord} (which the audit reports), never an exception.
 */
final class CommitParser {

    private CommitParser() {
    }

    /** Reads a stored commit document without trusting its shape. */
    static CommitRecord parse(RawBsonDocument raw) {
        long first = -1;
        Long last = null;
        Instant recordedAt = null;
        String voided = null;
        List<String> aggKeys = null;
        List<EventRecord> events = new ArrayList<>();
        List<String> hashes = null;
        List<String> prevs = null;
        String storedHash = null;
        List<String> unexpected = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CanonicalJson.Sink scratch = new CanonicalJson.Sink(1024);
        try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            BsonType type;
            while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                String name = reader.readName();
                switch (name) {
                    case ID -> first = number(reader, type, problems, ID, -1L);
                    case LAST -> last = number(reader, type, problems, LAST, null);
                    case RECORDED_AT -> {
                        if (type == BsonType.DATE_TIME) {
                            recordedAt = Instant.ofEpochMilli(reader.readDateTime());
                        } else {
                            reader.skipValue();
                            problems.add("recordedAt is not a date");
                        }
                    }
                    case VOIDED -> voided = string(reader, type, problems, VOIDED);
                    case AGG_KEYS -> aggKeys = strings(reader, type, problems);
                    case EVENTS -> readEvents(reader, type, events, scratch, problems);
                    case HASHES -> hashes = hashList(reader, type, problems, HASHES);
                    case PREVS -> prevs = hashList(reader, type, problems, PREVS);
                    case HASH -> storedHash = string(reader, type, problems, HASH);
                    default -> {
                        reader.skipValue();
                        unexpected.add(name);
                    }
                }
            }
            reader.readEndDocument();
        }
        List<EventRecord> withHashes = new ArrayList<>(events.size());
        for (EventRecord event : events) {
            int i = event.index();
            withHashes.add(new EventRecord(i, event.gseq(), event.aggregateType(), event.aggregateId(), event.seq(),
                    event.eventId(), event.type(), event.revision(), event.timestamp(), event.body(),
                    prevs != null && i < prevs.size() ? prevs.get(i) : null,
                    hashes != null && i < hashes.size() ? hashes.get(i) : null, event.unexpected()));
        }
        if (hashes != null && hashes.size() != events.size()) {
            problems.add("hashes has " + hashes.size() + " entries for " + events.size() + " events");
        }
        if (prevs != null && prevs.size() != events.size()) {
            problems.add("prevs has " + prevs.size() + " entries for " + events.size() + " events");
        }
        return new CommitRecord(first, last, recordedAt, voided, aggKeys, withHashes, hashes != null && prevs != null,
                                storedHash, unexpected, problems);
    }

    private static void readEvents(BsonReader reader, BsonType type, List<EventRecord> events,
                                   CanonicalJson.Sink scratch, List<String> problems) {
        if (type != BsonType.ARRAY) {
            reader.skipValue();
            problems.add("events is not an array");
            return;
        }
        reader.readStartArray();
        int index = 0;
        BsonType elementType;
        while ((elementType = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
            if (elementType != BsonType.DOCUMENT) {
                reader.skipValue();
                problems.add("events[" + index + "] is not a document");
            } else {
                CanonicalEvent.Fields fields = CanonicalEvent.read(reader, scratch);
                events.add(new EventRecord(index, fields.gseq(), fields.aggregateType(), fields.aggregateId(),
                        fields.seq(), fields.eventId(), fields.type(), fields.revision(), fields.timestamp(),
                        fields.body(), null, null, fields.unexpected()));
            }
            index++;
        }
        reader.readEndArray();
    }

    /** A {@code hashes}/{@code prevs} binary (or a legacy array of hex strings); null, with a problem, if malformed. */
    private static List<String> hashList(BsonReader reader, BsonType type, List<String> problems, String name) {
        if (type == BsonType.BINARY) {
            byte[] bytes = reader.readBinaryData().getData();
            List<String> values = ChainHash.split(bytes);
            if (values == null) {
                problems.add(name + " holds " + bytes.length + " bytes, not a whole number of 32-byte hashes");
            }
            return values;
        }
        if (type != BsonType.ARRAY) {
            reader.skipValue();
            problems.add(name + " is not a binary of 32-byte hashes");
            return null;
        }
        List<String> values = CommitReader.hashes(reader, type);
        if (values.contains(null)) {
            problems.add(name + " holds a value that is not a string");
        }
        return values;
    }

    private static Long number(BsonReader reader, BsonType type, List<String> problems, String name, Long otherwise) {
        if (type == BsonType.INT64 || type == BsonType.INT32 || type == BsonType.DOUBLE) {
            return CommitReader.readLong(reader, type);
        }
        reader.skipValue();
        problems.add(name + " is not a number");
        return otherwise;
    }

    private static String string(BsonReader reader, BsonType type, List<String> problems, String name) {
        if (type == BsonType.STRING) {
            return reader.readString();
        }
        reader.skipValue();
        problems.add(name + " is not a string");
        return null;
    }

    private static List<String> strings(BsonReader reader, BsonType type, List<String> problems) {
        if (type != BsonType.ARRAY) {
            reader.skipValue();
            problems.add("aggKeys is not an array");
            return null;
        }
        return CommitReader.strings(reader, values -> problems.add("aggKeys holds a value that is not a string"));
    }
}
