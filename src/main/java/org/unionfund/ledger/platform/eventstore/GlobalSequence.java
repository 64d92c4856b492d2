package org.unionfund.ledger.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.ID;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.LAST;
import static org.unionfund.ledger.platform.eventstore.CommitCodec.longValue;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The head of the global sequence: the last number of the newest commit. A writer stores its commit at the head plus
 * one with no reservation, so the head is found from the stored commits, with key look-ups only: from the counter in
 * {@code sequences} (a commit end that writers move up now and then, and, in a store written before, the highest
 * number ever reserved), windows of {@code _id}s are looked up until one holds no commit past what is known.
 */
final class GlobalSequence {

    private static final String NAME = "events";
    private static final String VALUE = "value";
    /** Numbers looked up per window. */
    private static final int WINDOW = 64;
    /**
     * The counter is moved up at least once per this many numbers, so the head is usually found in one window; and
     * a window must find this many numbers past the head empty (a hole shorter than that, a deleted commit, is seen
     * past).
     */
    static final int COUNTER_STEP = WINDOW / 2;

    private final MongoCollection<Document> sequences;
    private final MongoCollection<Document> events;

    GlobalSequence(MongoDatabase database) {
        this.sequences = database.getCollection("sequences");
        this.events = database.getCollection(NAME);
    }

    /** The last number of the newest commit, or the highest number reserved by an older writer; 0 when empty. */
    long current() {
        Document counter = sequences.find(eq(ID, NAME)).projection(Projections.include(VALUE)).first();
        long head = counter == null ? 0L : longValue(counter.get(VALUE));
        while (true) {
            long from = head + 1;
            List<Long> ids = new ArrayList<>(WINDOW);
            TrackedEventReader.addRange(ids, from, WINDOW);
            for (Document found : events.find(in(ID, ids)).projection(Projections.include(LAST))) {
                head = Math.max(head, longValue(found.get(found.get(LAST) instanceof Number ? LAST : ID)));
            }
            if (from + WINDOW - 1 - head >= COUNTER_STEP) {
                return head;
            }
        }
    }

    /**
     * Tells that a commit {@code first..last} was stored; moves the counter up to {@code last} when the commit
     * crosses a multiple of {@link #COUNTER_STEP}.
     */
    void stored(long first, long last) {
        if ((first - 1) / COUNTER_STEP != last / COUNTER_STEP) {
            sequences.updateOne(eq(ID, NAME), Updates.max(VALUE, last), new UpdateOptions().upsert(true));
        }
    }
}
