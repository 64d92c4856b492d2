package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.AGG_KEYS;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.HASH;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.RECORDED_AT;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.VOIDED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Read access to the stored commit documents for auditing (verify, export, the event log), and the writes an import
 * into an empty store needs. Every read is an {@code _id $in} window over the global sequence, like the tracking
 * reader's; nothing here scans a range or sorts on the server.
 */
public final class CommitLog {

    /** Commit documents looked up per window: the width the tracking reader uses, for the same reason. */
    public static final int WINDOW = LedgerEventStorageEngine.DEFAULT_BATCH_SIZE;

    private final MongoCollection<Document> events;
    private final MongoCollection<RawBsonDocument> rawEvents;
    private final GlobalSequence sequence;
    private final MongoCollection<Document> sequences;

    public CommitLog(MongoDatabase database) {
        this.events = database.getCollection("events");
        this.rawEvents = events.withDocumentClass(RawBsonDocument.class);
        this.sequences = database.getCollection("sequences");
        this.sequence = new GlobalSequence(database);
    }

    /** A commit's header: enough to seal checkpoints without reading its events. */
    public record CommitSummary(long first, long last, Instant recordedAt, String hash, boolean voided) {
    }

    /** The last global sequence number of the newest commit, or reserved by a writer of before (0 when empty). */
    public long head() {
        return sequence.current();
    }

    /** Whether the store holds no commit document at all. */
    public boolean isEmpty() {
        return events.find().projection(Projections.include(ID)).limit(1).first() == null;
    }

    public long countDocuments() {
        return events.countDocuments();
    }

    /** The commits whose first global sequence lies in {@code [from, from + count)}, in global order. */
    public List<CommitRecord> read(long from, int count) {
        List<CommitRecord> commits = new ArrayList<>();
        for (RawBsonDocument raw : rawEvents.find(in(ID, range(from, count))).batchSize(count)) {
            commits.add(parse(raw));
        }
        commits.sort(Comparator.comparingLong(CommitRecord::first));
        return commits;
    }

    /**
     * The commit holding global sequence {@code position}, or null (a gap or beyond the head). Looks back up to 64
     * windows, as the tracking reader does when it resumes inside a commit.
     */
    public CommitRecord commitContaining(long position) {
        for (int step = 0; step < 64; step++) {
            long high = position - (long) step * WINDOW;
            if (high < 1) {
                return null;
            }
            long low = Math.max(1, high - WINDOW + 1);
            List<CommitRecord> found = read(low, (int) (high - low + 1));
            if (!found.isEmpty()) {
                CommitRecord nearest = found.get(found.size() - 1);
                return nearest.lastOrFirst() >= position ? nearest : null;
            }
        }
        return null;
    }

    /**
     * The global sequence just before the first commit recorded at or after {@code instant} (binary search over the
     * global sequence, as for a tracking token at a point in time): a start for reading by recording time.
     */
    public long positionBefore(Instant instant) {
        return new TokenLocator(events, sequence, WINDOW).beforeRecordedAt(instant);
    }

    /** The commit that holds the given aggregate event key ({@code "id/seq"}), if any. */
    public CommitRecord commitOf(String aggregateId, long seq) {
        RawBsonDocument raw = rawEvents.find(eq(AGG_KEYS, CommitCodec.aggKey(aggregateId, seq))).first();
        return raw == null ? null : parse(raw);
    }

    /**
     * The global sequence of an aggregate's event, or -1 when it is not stored (or its commit holds events without
     * an aggregate, whose numbers the keys cannot place). A tracking token cannot tell this: for an event that
     * fills a gap it stands at the highest number delivered so far.
     */
    public long globalSequenceOf(String aggregateId, long seq) {
        CommitRecord commit = commitOf(aggregateId, seq);
        if (commit == null || commit.aggKeys().size() != commit.lastOrFirst() - commit.first() + 1) {
            return -1;
        }
        int index = commit.aggKeys().indexOf(CommitCodec.aggKey(aggregateId, seq));
        return index < 0 ? -1 : commit.first() + index;
    }

    /** The commits holding any of the given keys, in global order. */
    public List<CommitRecord> commitsOf(String aggregateId, long fromSeq, int count) {
        List<String> keys = new ArrayList<>(count);
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            keys.add(CommitCodec.aggKey(aggregateId, seq));
        }
        // The embedded server may return a document once per matching key: keep each commit once.
        java.util.Map<Long, CommitRecord> commits = new java.util.TreeMap<>();
        for (RawBsonDocument raw : rawEvents.find(in(AGG_KEYS, keys))) {
            CommitRecord commit = parse(raw);
            commits.putIfAbsent(commit.first(), commit);
        }
        return new ArrayList<>(commits.values());
    }

    /** The headers of the commits whose first global sequence lies in {@code [from, from + count)}. */
    public List<CommitSummary> summaries(long from, int count) {
        List<CommitSummary> commits = new ArrayList<>();
        for (Document found : events.find(in(ID, range(from, count)))
                                    .projection(Projections.include(LAST, RECORDED_AT, HASH, VOIDED))) {
            Object last = found.get(LAST);
            Object recorded = found.get(RECORDED_AT);
            long first = CommitCodec.longValue(found.get(ID));
            commits.add(new CommitSummary(first, last instanceof Number n ? n.longValue() : first,
                    recorded instanceof java.util.Date date ? date.toInstant() : null,
                    found.get(HASH) instanceof String hash ? hash : null, found.containsKey(VOIDED)));
        }
        commits.sort(Comparator.comparingLong(CommitSummary::first));
        return commits;
    }

    /** Stores an imported commit document as it is (see {@link CommitImport}). */
    public void insert(RawBsonDocument commit) {
        rawEvents.insertOne(commit);
    }

    /** Moves the global sequence counter up to at least {@code value} (after an import). */
    public void advanceHead(long value) {
        sequences.updateOne(eq(ID, "events"), Updates.max("value", value), new UpdateOptions().upsert(true));
    }

    /** Deletes every commit and the counter: only for undoing a failed import into an empty store. */
    public void clearAfterFailedImport() {
        events.deleteMany(new Document());
        sequences.deleteMany(new Document());
    }

    private static List<Long> range(long from, int count) {
        List<Long> ids = new ArrayList<>(count);
        TrackedEventReader.addRange(ids, from, count);
        return ids;
    }

    /** Reads a stored commit document without trusting its shape. */
    public static CommitRecord parse(RawBsonDocument raw) {
        return CommitParser.parse(raw);
    }
}
