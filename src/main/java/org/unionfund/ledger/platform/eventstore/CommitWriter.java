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
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * Writes a commit document's bytes before its global sequence numbers are known, leaving room for them; once
 * reserved, they are patched in place. So serialization happens outside the write lock and the work done under it
 * is a handful of stores into a byte array. The hashes ({@link ChainHash}) are written the same way: the canonical
 * body of every event is rendered from the finished BSON before the numbers are reserved, and the hashes, which
 * cover the numbers, are computed and patched in once they are known.
 */
final class CommitWriter {

    private CommitWriter() {
    }

    /** An event of another commit that this commit chains to. */
    record Predecessor(String aggregateId, long seq) {
        String key() {
            return CommitCodec.aggKey(aggregateId, seq);
        }
    }

    static final class PendingCommit {
        private final BasicOutputBuffer buffer;
        private final int idAt;
        private final int lastAt;
        private final int recordedAtAt;
        private final int[] gseqAt;
        /** Where the {@code prevs} and {@code hashes} binaries' bytes start (32 bytes per event). */
        private final int prevsAt;
        private final int hashesAt;
        private final int commitHashAt;
        /** Per event: the aggregate (null without one), its sequence number and its canonical body. */
        private final String[] aggregateIds;
        private final long[] seqs;
        private final byte[][] bodies;
        private final String[] hashes;
        final EventMessage<?> representative;

        private PendingCommit(BasicOutputBuffer buffer, int idAt, int lastAt, int recordedAtAt, int[] gseqAt,
                              int prevsAt, int hashesAt, int commitHashAt, EventMessage<?> representative) {
            this.buffer = buffer;
            this.idAt = idAt;
            this.lastAt = lastAt;
            this.recordedAtAt = recordedAtAt;
            this.gseqAt = gseqAt;
            this.prevsAt = prevsAt;
            this.hashesAt = hashesAt;
            this.commitHashAt = commitHashAt;
            this.representative = representative;
            this.aggregateIds = new String[gseqAt.length];
            this.seqs = new long[gseqAt.length];
            this.bodies = new byte[gseqAt.length][];
            this.hashes = new String[gseqAt.length];
        }

        int size() {
            return gseqAt.length;
        }

        /**
         * The keys ({@code "id/seq"}) of the events whose hashes this commit chains to and does not hold itself:
         * for each aggregate, the predecessor of its first event here (none for sequence number 0).
         */
        List<Predecessor> predecessors() {
            List<Predecessor> needed = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (int i = 0; i < aggregateIds.length; i++) {
                String id = aggregateIds[i];
                if (id == null) {
                    continue;
                }
                Long previous = seen.put(id, seqs[i]);
                if (previous == null && seqs[i] > 0) {
                    needed.add(new Predecessor(id, seqs[i] - 1));
                }
            }
            return needed;
        }

        String aggregateId(int index) {
            return aggregateIds[index];
        }

        long seq(int index) {
            return seqs[index];
        }

        /** The hash of event {@code index}, once {@link #toBson} has computed it. */
        String hash(int index) {
            return hashes[index];
        }

        /** As {@link #toBson(long, Date, Map)} for a commit that chains to nothing outside itself. */
        RawBsonDocument toBson(long first, Date recordedAt) {
            return toBson(first, recordedAt, Map.of());
        }

        /**
         * Fills in the global sequence numbers, the recording time and the hashes.
         *
         * @param previous hashes of the predecessors named by {@link #predecessors()}, by key; a missing one chains
         *                 to {@link ChainHash#GENESIS} (the verifier reports the aggregate's missing sequence)
         */
        RawBsonDocument toBson(long first, Date recordedAt, Map<String, String> previous) {
            byte[] bytes = buffer.getInternalBuffer();
            putLong(bytes, idAt, first);
            putLong(bytes, lastAt, first + gseqAt.length - 1);
            putLong(bytes, recordedAtAt, recordedAt.getTime());
            Map<String, Integer> lastInCommit = new HashMap<>();
            for (int i = 0; i < gseqAt.length; i++) {
                putLong(bytes, gseqAt[i], first + i);
                String prev = ChainHash.GENESIS;
                String id = aggregateIds[i];
                if (id != null && seqs[i] > 0) {
                    Integer before = lastInCommit.get(id);
                    if (before != null && seqs[before] == seqs[i] - 1) {
                        prev = hashes[before];
                    } else {
                        prev = previous.getOrDefault(CommitCodec.aggKey(id, seqs[i] - 1), ChainHash.GENESIS);
                    }
                }
                if (id != null) {
                    lastInCommit.put(id, i);
                }
                byte[] hash = ChainHash.eventDigest(first, first + i, bodies[i], prev);
                hashes[i] = ChainHash.hex(hash);
                putHash(bytes, prevsAt + ChainHash.BYTES * i, prev);
                System.arraycopy(hash, 0, bytes, hashesAt + ChainHash.BYTES * i, ChainHash.BYTES);
            }
            String commitHash = ChainHash.commitHash(first, first + gseqAt.length - 1, recordedAt.toInstant(), null,
                                                     Arrays.asList(hashes));
            putAscii(bytes, commitHashAt, commitHash);
            return new RawBsonDocument(bytes, 0, buffer.getPosition());
        }

        private static void putLong(byte[] bytes, int at, long value) {
            for (int i = 0; i < Long.BYTES; i++) {
                bytes[at + i] = (byte) (value >>> (8 * i));
            }
        }

        /** Writes a hash's 32 bytes; GENESIS is 32 zero bytes. */
        private static void putHash(byte[] bytes, int at, String hex) {
            if (hex.equals(ChainHash.GENESIS)) {
                Arrays.fill(bytes, at, at + ChainHash.BYTES, (byte) 0);
            } else {
                System.arraycopy(ChainHash.bytes(hex), 0, bytes, at, ChainHash.BYTES);
            }
        }

        private static void putAscii(byte[] bytes, int at, String text) {
            for (int i = 0; i < text.length(); i++) {
                bytes[at + i] = (byte) text.charAt(i);
            }
        }

        /** Renders every event's canonical body from the BSON just written, as the verifier will. */
        private void render() {
            RawBsonDocument document = new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
            CanonicalJson.Sink scratch = new CanonicalJson.Sink(1024);
            try (BsonBinaryReader reader = new BsonBinaryReader(document.getByteBuffer().asNIO())) {
                reader.readStartDocument();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    if (!reader.readName().equals(EVENTS)) {
                        reader.skipValue();
                        continue;
                    }
                    reader.readStartArray();
                    int i = 0;
                    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                        CanonicalEvent.Fields fields = CanonicalEvent.read(reader, scratch);
                        bodies[i] = fields.body();
                        aggregateIds[i] = fields.aggregateId();
                        seqs[i] = fields.seq() == null ? 0 : fields.seq();
                        i++;
                    }
                    reader.readEndArray();
                }
            }
        }
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
