package org.unionfund.ledger.platform.eventstore;

import static org.unionfund.ledger.platform.eventstore.CommitCodec.EVENTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.bson.BsonBinaryReader;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

/**
 * A commit written as bytes but not yet numbered: {@link CommitWriter} leaves room for its global sequence numbers,
 * its recording time and its hashes, and this patches them in place once the head is known (under the appender's
 * lock, a handful of stores into a byte array; again with the next numbers if another writer took these first).
 */
final class PendingCommit {

    /** An event of another commit that this commit chains to. */
    record Predecessor(String aggregateId, long seq) {
        String key() {
            return CommitCodec.aggKey(aggregateId, seq);
        }
    }

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

    PendingCommit(BasicOutputBuffer buffer, int idAt, int lastAt, int recordedAtAt, int[] gseqAt,
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
    void render() {
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
