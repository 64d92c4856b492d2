package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.eq;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.seal.TimestampTokens;
import org.unionfund.ledger.audit.seal.Timestamps;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.eventstore.ChainHash;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * RFC 3161 timestamps on checkpoints, when a TSA is configured ({@code ledger.audit.tsa-url}): the token stamps
 * SHA-256 over the checkpoint's canonical line (the bytes its signature covers), so it proves the sealed digest
 * existed at the TSA's time. Tokens are kept in {@value #COLLECTION} ({@code _id} = checkpoint number), beside the
 * checkpoints, never in them: a checkpoint's stored form and export stay as they were. A stolen store gains nothing
 * from a token: it names a digest, and a rewritten log no longer produces that digest.
 */
@Component
public class CheckpointStamps {

    static final String COLLECTION = "checkpoint_stamps";

    private final MongoCollection<Document> stamps;
    private final Timestamps tsa;

    @Autowired
    public CheckpointStamps(MongoDatabase database, AuditProperties properties) {
        this(database, TimestampTokens.of(properties.tsaUrl()));
    }

    CheckpointStamps(MongoDatabase database, Timestamps tsa) {
        this.stamps = database.getCollection(COLLECTION);
        this.tsa = tsa;
    }

    /** What the token covers: SHA-256 over the checkpoint's canonical line. */
    public static byte[] imprint(String canonicalLine) {
        return ChainHash.newDigest().digest(canonicalLine.getBytes(StandardCharsets.UTF_8));
    }

    /** The checkpoint's token: the kept one, or (TSA configured) a new one, kept; empty without a TSA. */
    public Optional<String> of(Checkpoint checkpoint) {
        Document kept = stamps.find(eq("_id", checkpoint.number())).first();
        if (kept != null) {
            return Optional.of(kept.getString("token"));
        }
        Optional<String> token = tsa.stamp(imprint(CheckpointHashing.line(checkpoint)));
        token.ifPresent(value -> keep(checkpoint.number(), value));
        return token;
    }

    /** Stamps newly sealed checkpoints (the background sealer; a TSA that fails is tried again on request). */
    void stampAll(List<Checkpoint> sealed) {
        sealed.forEach(this::of);
    }

    private void keep(long number, String token) {
        try {
            stamps.insertOne(new Document("_id", number).append("token", token));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
