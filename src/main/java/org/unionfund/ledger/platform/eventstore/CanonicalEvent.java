package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_TYPE;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENT_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.GSEQ;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.METADATA;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.PAYLOAD;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.REVISION;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.SEQ;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TEXT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TIMESTAMP;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.TYPE;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonReader;
import org.bson.BsonType;

/**
 * Reads one stored event sub-document and renders the hashed middle part of its canonical line (see
 * {@link ChainHash}): the members {@code aggregateType, aggregateId, seq, eventId, type, revision, timestamp,
 * payload | payloadText, metadata | metadataText}, in this order, each only when stored, each value in
 * {@link CanonicalJson canonical JSON} whatever its stored type. Unknown members are not rendered but reported.
 */
final class CanonicalEvent {

    private static final String[] ORDER = {AGGREGATE_TYPE, AGGREGATE_ID, SEQ, EVENT_ID, TYPE, REVISION, TIMESTAMP,
            PAYLOAD, PAYLOAD + TEXT, METADATA, METADATA + TEXT};

    /** The typed fields (null when absent or of another type) and the rendered body. */
    record Fields(Long gseq, String aggregateType, String aggregateId, Long seq, String eventId, String type,
                  String revision, String timestamp, byte[] body, List<String> unexpected) {

        boolean isDomain() {
            return aggregateId != null;
        }

        String key() {
            return aggregateId == null || seq == null ? null : CommitCodec.aggKey(aggregateId, seq);
        }
    }

    private CanonicalEvent() {
    }

    /** Reads the event document at the reader's position (a DOCUMENT value). */
    static Fields read(BsonReader reader, CanonicalJson.Sink scratch) {
        scratch.reset();
        int[] from = new int[ORDER.length];
        int[] to = new int[ORDER.length];
        java.util.Arrays.fill(from, -1);
        Long gseq = null;
        String aggregateType = null;
        String aggregateId = null;
        Long seq = null;
        String eventId = null;
        String type = null;
        String revision = null;
        String timestamp = null;
        List<String> unexpected = null;
        reader.readStartDocument();
        BsonType bsonType;
        while ((bsonType = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (name.equals(GSEQ)) {
                if (bsonType == BsonType.INT64 || bsonType == BsonType.INT32) {
                    gseq = CommitReader.readLong(reader, bsonType);
                } else {
                    reader.skipValue();
                    unexpected = add(unexpected, GSEQ);
                }
                continue;
            }
            int slot = slot(name);
            if (slot < 0 || from[slot] >= 0) {
                reader.skipValue();
                unexpected = add(unexpected, name);
                continue;
            }
            from[slot] = scratch.size();
            if (bsonType == BsonType.STRING) {
                String text = reader.readString();
                scratch.string(text);
                switch (name) {
                    case AGGREGATE_TYPE -> aggregateType = text;
                    case AGGREGATE_ID -> aggregateId = text;
                    case EVENT_ID -> eventId = text;
                    case TYPE -> type = text;
                    case REVISION -> revision = text;
                    case TIMESTAMP -> timestamp = text;
                    default -> { }
                }
            } else if (name.equals(SEQ) && (bsonType == BsonType.INT64 || bsonType == BsonType.INT32)) {
                seq = CommitReader.readLong(reader, bsonType);
                scratch.number(seq);
            } else {
                CanonicalJson.value(reader, bsonType, scratch);
            }
            to[slot] = scratch.size();
        }
        reader.readEndDocument();
        int length = 0;
        for (int i = 0; i < ORDER.length; i++) {
            if (from[i] >= 0) {
                length += ORDER[i].length() + 4 + (to[i] - from[i]);
            }
        }
        CanonicalJson.Sink body = new CanonicalJson.Sink(length);
        boolean first = true;
        for (int i = 0; i < ORDER.length; i++) {
            if (from[i] < 0) {
                continue;
            }
            if (!first) {
                body.raw((byte) ',');
            }
            first = false;
            body.name(ORDER[i]).raw(scratch.buffer(), from[i], to[i] - from[i]);
        }
        return new Fields(gseq, aggregateType, aggregateId, seq, eventId, type, revision, timestamp,
                body.toByteArray(), unexpected == null ? List.of() : unexpected);
    }

    private static int slot(String name) {
        for (int i = 0; i < ORDER.length; i++) {
            if (ORDER[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> add(List<String> list, String name) {
        List<String> result = list == null ? new ArrayList<>() : list;
        result.add(name);
        return result;
    }
}
