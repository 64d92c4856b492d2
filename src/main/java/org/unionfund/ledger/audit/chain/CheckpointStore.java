package org.unionfund.ledger.audit.chain;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.audit.seal.SealSignature;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The {@code checkpoints} collection: one document per checkpoint, {@code _id} = its number (1, 2, …), plus
 * {@code {_id: "latest", number}} pointing at the newest. Reads are {@code _id} look-ups only.
 */
@Component
public class CheckpointStore {

    static final String COLLECTION = "checkpoints";
    private static final String LATEST = "latest";
    private static final int WINDOW = 256;

    private final MongoCollection<Document> checkpoints;

    public CheckpointStore(MongoDatabase database) {
        this.checkpoints = database.getCollection(COLLECTION);
    }

    public Optional<Checkpoint> latest() {
        Document pointer = checkpoints.find(eq("_id", LATEST)).first();
        long number = pointer == null ? 0 : ((Number) pointer.get("number")).longValue();
        // The pointer is moved after the insert, so a newer checkpoint may exist; look a little ahead.
        Checkpoint found = number == 0 ? null : get(number).orElse(null);
        while (true) {
            List<Checkpoint> ahead = window(number + 1, 16);
            if (ahead.isEmpty()) {
                return Optional.ofNullable(found);
            }
            found = ahead.get(ahead.size() - 1);
            number = found.number();
        }
    }

    public Optional<Checkpoint> get(long number) {
        Document found = checkpoints.find(eq("_id", number)).first();
        return found == null ? Optional.empty() : Optional.of(fromDocument(found));
    }

    /** All checkpoints from 1 up to the latest (stops at the first number missing). */
    public List<Checkpoint> all() {
        List<Checkpoint> all = new ArrayList<>();
        long latest = latest().map(Checkpoint::number).orElse(0L);
        for (long from = 1; from <= latest; from += WINDOW) {
            all.addAll(window(from, (int) Math.min(WINDOW, latest - from + 1)));
        }
        return all;
    }

    /** Stores a new checkpoint; {@code false} if another sealer stored that number first. */
    public boolean insert(Checkpoint checkpoint) {
        try {
            checkpoints.insertOne(toDocument(checkpoint));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        checkpoints.updateOne(eq("_id", LATEST), Updates.max("number", checkpoint.number()),
                new UpdateOptions().upsert(true));
        return true;
    }

    public boolean isEmpty() {
        return checkpoints.find().limit(1).first() == null;
    }

    /** Removes every checkpoint: only for undoing a failed import into an empty store. */
    public void clear() {
        checkpoints.deleteMany(new Document());
    }

    private List<Checkpoint> window(long from, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (long n = from; n < from + count; n++) {
            ids.add(n);
        }
        List<Checkpoint> found = new ArrayList<>();
        for (Document document : checkpoints.find(in("_id", ids))) {
            found.add(fromDocument(document));
        }
        found.sort(Comparator.comparingLong(Checkpoint::number));
        List<Checkpoint> contiguous = new ArrayList<>();
        long expected = from;
        for (Checkpoint checkpoint : found) {
            if (checkpoint.number() != expected) {
                break;
            }
            contiguous.add(checkpoint);
            expected++;
        }
        return contiguous;
    }

    static Document toDocument(Checkpoint checkpoint) {
        List<List<Long>> gaps = new ArrayList<>();
        for (long[] gap : checkpoint.gaps()) {
            gaps.add(List.of(gap[0], gap[1]));
        }
        return new Document("_id", checkpoint.number()).append("from", checkpoint.from()).append("to", checkpoint.to())
                .append("prev", checkpoint.prev()).append("commits", checkpoint.commits()).append("gaps", gaps)
                .append("hash", checkpoint.hash()).append("sealedAt", Date.from(checkpoint.sealedAt()))
                .append("signature", checkpoint.signature() == null ? null : new Document("algorithm",
                        checkpoint.signature().algorithm()).append("keyId", checkpoint.signature().keyId())
                        .append("value", checkpoint.signature().value()));
    }

    /** Adds the signature to a stored checkpoint that has none (migrating a store sealed before signing). */
    public void sign(Checkpoint signed) {
        Document seal = toDocument(signed).get("signature", Document.class);
        checkpoints.updateOne(Filters.and(eq("_id", signed.number()), eq("signature", null)),
                Updates.set("signature", seal));
    }

    static Checkpoint fromDocument(Document document) {
        List<long[]> gaps = new ArrayList<>();
        for (Object gap : document.getList("gaps", Object.class, List.of())) {
            List<?> pair = (List<?>) gap;
            gaps.add(new long[] {((Number) pair.get(0)).longValue(), ((Number) pair.get(1)).longValue()});
        }
        Date sealed = document.getDate("sealedAt");
        return new Checkpoint(((Number) document.get("_id")).longValue(), ((Number) document.get("from")).longValue(),
                ((Number) document.get("to")).longValue(), document.getString("prev"),
                ((Number) document.get("commits")).longValue(), gaps, document.getString("hash"),
                sealed == null ? java.time.Instant.EPOCH : sealed.toInstant(), signature(document));
    }

    private static SealSignature signature(Document document) {
        Document seal = document.get("signature", Document.class);
        return seal == null ? null : new SealSignature(seal.getString("algorithm"), seal.getString("keyId"),
                seal.getString("value"));
    }
}
