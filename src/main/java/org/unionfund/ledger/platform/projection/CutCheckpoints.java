package org.unionfund.ledger.platform.projection;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;

/**
 * Projection snapshots sealed at checkpoints of the log, so that a replay to a cut starts from the nearest one at or
 * before it instead of from the first event. A checkpoint is the end of a commit (a commit is all or nothing); its
 * snapshot is a copy of the shadow collections of one set of projections as they stood there, under
 * {@code cutsnap_<set>_<sequence>_}, and a manifest in {@code cut_snapshots} that binds it to the chain: the
 * global sequence, the stored hash of the commit ending there (which covers every commit before it) and a digest
 * of the copied documents. A snapshot whose commit hash no longer matches the chain, or whose documents no longer
 * match their digest, is refused and the replay starts further back.
 */
final class CutCheckpoints {

    static final String MANIFESTS = "cut_snapshots";
    private static final Logger log = LoggerFactory.getLogger(CutCheckpoints.class);
    private static final int COPY_BATCH = 1000;

    private final MongoDatabase database;
    private final CommitLog commits;
    private final MongoCollection<Document> manifests;

    CutCheckpoints(MongoDatabase database) {
        this.database = database;
        this.commits = new CommitLog(database);
        this.manifests = database.getCollection(MANIFESTS);
    }

    /** A sealed snapshot: where it stands and what it holds. */
    record Snapshot(String id, long sequence, String commitHash, String prefix, List<String> collections,
            String digest) {
    }

    /** The key of a set of projections (snapshots of one set serve replays of the same set only). */
    static String setKey(List<String> projections) {
        return sha256(String.join(",", new TreeSet<>(projections))).substring(0, 10);
    }

    /**
     * The end of the last commit at or before {@code position}, or 0 if the log has no commit there (for a
     * checkpoint: a commit that straddles {@code position} is left to the next checkpoint).
     */
    long boundaryAtOrBefore(long position) {
        CommitRecord commit = commits.commitContaining(position);
        if (commit == null) {
            return 0;
        }
        return commit.lastOrFirst() == position ? position : Math.max(0, commit.first() - 1);
    }

    /** The highest global sequence number reserved so far. */
    long head() {
        return commits.head();
    }

    /** The end of the commit holding {@code position}, or 0 if the log has no commit there (yet). */
    long commitEndAtOrAfter(long position) {
        CommitRecord commit = position <= 0 ? null : commits.commitContaining(position);
        return commit == null ? 0 : commit.lastOrFirst();
    }

    /** The sealed sequences of a set, to skip checkpoints already sealed. */
    List<Long> sealed(String set) {
        List<Long> found = new ArrayList<>();
        for (Document m : manifests.find(Filters.eq("set", set))) {
            found.add(((Number) m.get("sequence")).longValue());
        }
        return found;
    }

    /**
     * The nearest snapshot of the set at or before {@code cut} whose commit hash matches the chain; snapshots that
     * do not match are logged and passed over.
     */
    Optional<Snapshot> nearest(String set, long cut) {
        for (Document m : manifests.find(Filters.and(Filters.eq("set", set), Filters.lte("sequence", cut)))
                .sort(Sorts.descending("sequence"))) {
            Snapshot snapshot = new Snapshot(m.getString("_id"), ((Number) m.get("sequence")).longValue(),
                    m.getString("commitHash"), m.getString("prefix"), m.getList("collections", String.class),
                    m.getString("digest"));
            CommitRecord commit = commits.commitContaining(snapshot.sequence());
            if (commit != null && commit.lastOrFirst() == snapshot.sequence()
                    && snapshot.commitHash() != null && snapshot.commitHash().equals(commit.storedHash())) {
                return Optional.of(snapshot);
            }
            log.warn("Projection snapshot {} at global sequence {} refused: its commit hash does not match the chain",
                    snapshot.id(), snapshot.sequence());
        }
        return Optional.empty();
    }

    /**
     * Copies the shadows as they stand at {@code sequence} (a commit end) into a snapshot and seals it; one seal at a
     * time, and never twice the same (a manifest is written only after its documents, so readers see whole ones).
     */
    synchronized void seal(String set, CutReplays.Shadows shadows, long sequence) {
        CommitRecord commit = commits.commitContaining(sequence);
        if (commit == null || commit.lastOrFirst() != sequence || commit.storedHash() == null) {
            return;
        }
        String id = set + "_" + sequence;
        if (manifests.find(Filters.eq("_id", id)).first() != null) {
            return; // sealed meanwhile by another replay of the same set (the background sealer, another as-of)
        }
        String prefix = "cutsnap_" + id + "_";
        List<String> collections = new ArrayList<>(shadows.collections());
        BigInteger digest = BigInteger.ZERO;
        for (String collection : collections) {
            MongoCollections.drop(database, prefix + collection);
            digest = digest.add(copy(shadows.prefix() + collection, prefix + collection));
        }
        manifests.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("set", set)
                .append("sequence", sequence).append("commitHash", commit.storedHash()).append("prefix", prefix)
                .append("collections", collections).append("digest", hex(digest)).append("sealedAt", new Date()),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        log.info("Sealed projection snapshot {} at global sequence {}", id, sequence);
    }

    /**
     * Copies the snapshot into the (empty) shadows; false, with the shadows emptied again, when its documents do
     * not match the sealed digest.
     */
    boolean restore(Snapshot snapshot, CutReplays.Shadows shadows) {
        BigInteger digest = BigInteger.ZERO;
        for (String collection : snapshot.collections()) {
            digest = digest.add(copy(snapshot.prefix() + collection, shadows.prefix() + collection));
        }
        if (hex(digest).equals(snapshot.digest())) {
            return true;
        }
        log.warn("Projection snapshot {} refused: its documents do not match the digest sealed with it", snapshot.id());
        for (String collection : snapshot.collections()) {
            database.getCollection(shadows.prefix() + collection).deleteMany(new Document());
        }
        return false;
    }

    /** Copies every document as stored; the sum of their SHA-256s (an order-free digest of the set). */
    private BigInteger copy(String from, String to) {
        MongoCollection<RawBsonDocument> target = database.getCollection(to, RawBsonDocument.class);
        BigInteger sum = BigInteger.ZERO;
        List<RawBsonDocument> batch = new ArrayList<>(COPY_BATCH);
        for (RawBsonDocument doc : database.getCollection(from, RawBsonDocument.class).find().batchSize(COPY_BATCH)) {
            var bytes = doc.getByteBuffer().asNIO();
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            sum = sum.add(new BigInteger(1, sha256Bytes(copy)));
            batch.add(doc);
            if (batch.size() == COPY_BATCH) {
                target.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        return sum;
    }

    private static String hex(BigInteger sum) {
        return sum.mod(BigInteger.TWO.pow(256)).toString(16);
    }

    private static String sha256(String text) {
        return new BigInteger(1, sha256Bytes(text.getBytes(StandardCharsets.UTF_8))).toString(16);
    }

    private static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
