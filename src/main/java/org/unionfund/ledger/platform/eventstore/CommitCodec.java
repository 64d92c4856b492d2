package org.unionfund.ledger.platform.eventstore;

import java.util.Date;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The layout of commit and snapshot documents (see docs/architecture.md). Field names are part of the stored
 * format that auditors read; do not rename them.
 */
final class CommitCodec {

    static final String ID = "_id";
    static final String LAST = "last";
    static final String RECORDED_AT = "recordedAt";
    static final String AGG_KEYS = "aggKeys";
    static final String EVENTS = "events";
    static final String VOIDED = "voided";
    static final String GSEQ = "gseq";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQ = "seq";
    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String REVISION = "revision";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD = "payload";
    static final String METADATA = "metadata";
    /** The events' hashes in event order: one binary, 32 bytes per event. */
    static final String HASHES = "hashes";
    /** Each event's chain link (the hash of its aggregate's previous event), in event order: one binary. */
    static final String PREVS = "prevs";
    /** The commit's hash. */
    static final String HASH = "hash";
    /** Suffix of the field holding the serializer's text when it cannot be stored as a BSON value. */
    static final String TEXT = "Text";

    private CommitCodec() {
    }

    static String aggKey(String aggregateId, long sequenceNumber) {
        return aggregateId + '/' + sequenceNumber;
    }

    /** Marks numbers reserved by a commit that was refused, so readers need not wait for them as gaps. */
    static Document voided(long first, long last, Date recordedAt, String reason) {
        return new Document(ID, first).append(LAST, last).append(RECORDED_AT, recordedAt)
                                      .append(VOIDED, reason).append(EVENTS, List.of())
                                      .append(HASHES, new Binary(new byte[0]))
                                      .append(PREVS, new Binary(new byte[0]))
                                      .append(HASH, ChainHash.commitHash(first, last, recordedAt.toInstant(), reason,
                                                                         List.of()));
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer, Date recordedAt) {
        Document document = new Document(ID, snapshot.getAggregateIdentifier());
        if (snapshot.getType() != null) {
            document.append(AGGREGATE_TYPE, snapshot.getType());
        }
        document.append(SEQ, snapshot.getSequenceNumber());
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        document.append(EVENT_ID, snapshot.getIdentifier()).append(TYPE, payload.getType().getName());
        if (payload.getType().getRevision() != null) {
            document.append(REVISION, payload.getType().getRevision());
        }
        document.append(TIMESTAMP, snapshot.getTimestamp().toString());
        putStored(document, PAYLOAD, payload.getData());
        putStored(document, METADATA, snapshot.serializeMetaData(serializer, String.class).getData());
        return document.append(RECORDED_AT, recordedAt);
    }

    private static void putStored(Document target, String field, String json) {
        Object stored = JsonBson.parse(json);
        if (stored == JsonBson.NOT_BSON) {
            target.append(field + TEXT, json);
        } else {
            target.append(field, stored);
        }
    }

    static long longValue(Object number) {
        return ((Number) number).longValue();
    }
}
