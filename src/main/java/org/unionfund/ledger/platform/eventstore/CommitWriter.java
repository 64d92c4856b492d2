package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGGREGATE_TYPE;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGG_KEYS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENTS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENT_ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.GSEQ;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASH;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASHES;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.PREVS;
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

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.io.BasicOutputBuffer;

/**
 * Writes a commit document's bytes before its global sequence numbers are known, leaving room for them; once
 * known, they are patched in place ({@link PendingCommit}). So serialization happens outside the appender's lock
 * and the work done under it is a handful of stores into a byte array. The hashes ({@link ChainHash}) are written
 * the same way: the canonical body of every event is rendered from the finished BSON before the numbers are known,
 * and the hashes, which cover the numbers, are computed and patched in once they are.
 */
final class CommitWriter {

    private CommitWriter() {
    }

    static PendingCommit prepare(List<? extends EventMessage<?>> messages, Serializer serializer) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(512 * messages.size() + 256);
        int[] gseqAt = new int[messages.size()];
        EventMessage<?> representative = null;
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            int idAt = placeholder(writer, ID, false);
            int lastAt = placeholder(writer, LAST, false);
            int recordedAtAt = placeholder(writer, RECORDED_AT, true);
            List<String> aggKeys = new ArrayList<>(messages.size());
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                    aggKeys.add(CommitCodec.aggKey(domain.getAggregateIdentifier(), domain.getSequenceNumber()));
                    representative = representative == null ? message : representative;
                }
            }
            if (!aggKeys.isEmpty()) {
                // Commits without domain events carry no key at all: the unique index is sparse.
                writer.writeStartArray(AGG_KEYS);
                aggKeys.forEach(writer::writeString);
                writer.writeEndArray();
            }
            writer.writeStartArray(EVENTS);
            for (int i = 0; i < gseqAt.length; i++) {
                writer.writeStartDocument();
                gseqAt[i] = placeholder(writer, GSEQ, false);
                writeEvent(writer, messages.get(i), serializer);
                writer.writeEndDocument();
            }
            writer.writeEndArray();
            // One binary per commit (32 bytes per event, in event order): the least to store, patch and read back.
            int hashesAt = binaryPlaceholder(writer, HASHES, gseqAt.length);
            int prevsAt = binaryPlaceholder(writer, PREVS, gseqAt.length);
            int commitHashAt = hashPlaceholder(writer, HASH);
            writer.writeEndDocument();
            PendingCommit commit = new PendingCommit(buffer, idAt, lastAt, recordedAtAt, gseqAt, prevsAt, hashesAt,
                                                     commitHashAt,
                                                     representative != null ? representative : messages.get(0));
            commit.render();
            return commit;
        }
    }

    /** Writes a binary of {@code count} zero hashes and returns where its bytes are. */
    private static int binaryPlaceholder(BsonBinaryWriter writer, String name, int count) {
        writer.writeBinaryData(name, new BsonBinary(new byte[ChainHash.BYTES * count]));
        return writer.getBsonOutput().getPosition() - ChainHash.BYTES * count;
    }

    /** Writes a string of 64 zeros and returns where its characters are, to be overwritten with a hash. */
    private static int hashPlaceholder(BsonBinaryWriter writer, String name) {
        writer.writeString(name, ChainHash.GENESIS);
        return writer.getBsonOutput().getPosition() - 1 - ChainHash.HEX_LENGTH;
    }

    /** Writes a zero of fixed width and returns where its bytes are, to be overwritten later. */
    private static int placeholder(BsonBinaryWriter writer, String name, boolean dateTime) {
        if (dateTime) {
            writer.writeDateTime(name, 0L);
        } else {
            writer.writeInt64(name, 0L);
        }
        return writer.getBsonOutput().getPosition() - Long.BYTES;
    }

    private static void writeEvent(BsonBinaryWriter writer, EventMessage<?> message, Serializer serializer) {
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            if (domain.getType() != null) {
                writer.writeString(AGGREGATE_TYPE, domain.getType());
            }
            writer.writeString(AGGREGATE_ID, domain.getAggregateIdentifier());
            writer.writeInt64(SEQ, domain.getSequenceNumber());
        }
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        writer.writeString(EVENT_ID, message.getIdentifier());
        writer.writeString(TYPE, payload.getType().getName());
        if (payload.getType().getRevision() != null) {
            writer.writeString(REVISION, payload.getType().getRevision());
        }
        // ISO-8601 with all digits: Axon's DateTimeUtils would cut the timestamp to milliseconds.
        writer.writeString(TIMESTAMP, message.getTimestamp().toString());
        writeJson(writer, PAYLOAD, payload.getData());
        if (message.getMetaData().isEmpty()) {
            writer.writeStartDocument(METADATA);
            writer.writeEndDocument();
        } else {
            writeJson(writer, METADATA, message.serializeMetaData(serializer, String.class).getData());
        }
    }

    private static void writeJson(BsonBinaryWriter writer, String field, String json) {
        writer.mark();
        writer.writeName(field);
        if (!JsonBson.write(json, writer)) {
            writer.reset();
            writer.writeString(field + TEXT, json);
        }
    }
}
