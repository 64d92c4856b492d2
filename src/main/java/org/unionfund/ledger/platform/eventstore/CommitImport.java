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
import static org.unionfund.ledger.platform.eventstore.CommitCodec.VOIDED;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.io.BasicOutputBuffer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Rebuilds stored commit documents from exported canonical lines (see {@link ChainHash}), so that an import
 * reproduces the commits exactly: same global sequences, same grouping, same hashes. A line is accepted only if the
 * event rebuilt from it renders back to the very same bytes.
 */
public final class CommitImport {

    private static final Set<String> STRING_MEMBERS = Set.of(AGGREGATE_TYPE, AGGREGATE_ID, EVENT_ID, TYPE, REVISION,
            TIMESTAMP, PAYLOAD + TEXT, METADATA + TEXT);

    private CommitImport() {
    }

    /** An event read from its exported line, with its rebuilt stored sub-document. */
    public record ImportedEvent(long commit, long gseq, String aggregateId, Long seq, String prev, String hash,
                                RawBsonDocument stored) {

        public String key() {
            return aggregateId == null || seq == null ? null : CommitCodec.aggKey(aggregateId, seq);
        }
    }

    /**
     * Parses an exported event line and rebuilds its stored form.
     *
     * @throws IllegalArgumentException if the line is not a canonical event line, or its hash does not match it
     */
    public static ImportedEvent event(byte[] line) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(line.length + 64);
        Long commit = null;
        Long gseq = null;
        String aggregateId = null;
        Long seq = null;
        String prev = null;
        String hash = null;
        try (JsonParser parser = JsonBson.parser(line, 0, line.length);
             BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            writer.writeStartDocument();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "kind" -> {
                        if (!"event".equals(parser.getValueAsString())) {
                            throw new IllegalArgumentException("not an event line");
                        }
                    }
                    case "commit" -> commit = parser.getLongValue();
                    case GSEQ -> {
                        gseq = parser.getLongValue();
                        writer.writeInt64(GSEQ, gseq);
                    }
                    case SEQ -> {
                        seq = parser.getLongValue();
                        writer.writeInt64(SEQ, seq);
                    }
                    case PAYLOAD, METADATA -> {
                        writer.writeName(name);
                        if (!JsonBson.writeCurrent(parser, writer)) {
                            throw new IllegalArgumentException(name + " cannot be stored as BSON");
                        }
                    }
                    case "prev" -> prev = parser.getValueAsString();
                    case "hash" -> hash = parser.getValueAsString();
                    default -> {
                        if (!STRING_MEMBERS.contains(name) || token != JsonToken.VALUE_STRING) {
                            throw new IllegalArgumentException("unexpected member " + name);
                        }
                        String value = parser.getText();
                        if (name.equals(AGGREGATE_ID)) {
                            aggregateId = value;
                        }
                        writer.writeString(name, value);
                    }
                }
            }
            writer.writeEndDocument();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
        if (commit == null || gseq == null || !ChainHash.isHash(prev) || !ChainHash.isHash(hash)) {
            throw new IllegalArgumentException("commit, gseq, prev or hash missing");
        }
        RawBsonDocument stored = new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
        byte[] rendered;
        try (BsonBinaryReader reader = new BsonBinaryReader(stored.getByteBuffer().asNIO())) {
            rendered = ChainHash.eventLine(commit, gseq,
                    CanonicalEvent.read(reader, new CanonicalJson.Sink(line.length)).body(), prev, hash);
        }
        if (!Arrays.equals(rendered, line)) {
            throw new IllegalArgumentException("the line is not in canonical form (it renders differently once "
                    + "stored)");
        }
        if (!ChainHash.sha256Hex(ChainHash.withoutHash(line)).equals(hash)) {
            throw new IllegalArgumentException("the event's hash does not match its line");
        }
        return new ImportedEvent(commit, gseq, aggregateId, seq, prev, hash, stored);
    }

    /** The stored commit document of an imported commit, laid out as the engine writes it. */
    public static RawBsonDocument commit(long first, long last, Instant recordedAt, String voided,
                                         List<ImportedEvent> events, String hash) {
        BsonDocument document = new BsonDocument(ID, new BsonInt64(first))
                .append(LAST, new BsonInt64(last))
                .append(RECORDED_AT, new BsonDateTime(recordedAt.toEpochMilli()));
        if (voided != null) {
            document.append(VOIDED, new BsonString(voided));
        }
        BsonArray keys = new BsonArray();
        BsonArray stored = new BsonArray();
        byte[] hashes = new byte[ChainHash.BYTES * events.size()];
        byte[] prevs = new byte[ChainHash.BYTES * events.size()];
        for (int i = 0; i < events.size(); i++) {
            ImportedEvent event = events.get(i);
            if (event.key() != null) {
                keys.add(new BsonString(event.key()));
            }
            stored.add(event.stored());
            System.arraycopy(ChainHash.bytes(event.hash()), 0, hashes, ChainHash.BYTES * i, ChainHash.BYTES);
            System.arraycopy(ChainHash.bytes(event.prev()), 0, prevs, ChainHash.BYTES * i, ChainHash.BYTES);
        }
        if (!keys.isEmpty()) {
            document.append(AGG_KEYS, keys);
        }
        document.append(EVENTS, stored).append(HASHES, new BsonBinary(hashes))
                .append(PREVS, new BsonBinary(prevs)).append(HASH, new BsonString(hash));
        return new RawBsonDocument(document, new BsonDocumentCodec());
    }
}
