package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.platform.projection.BatchStore;
import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.CounterReader;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The batch's changes to {@code account_balances}, summed per account. Before the batch the accounts' {@code lastSeq}
 * ({@link ApplyOnce#LAST_SEQ}) is loaded; an event at or below an account's is skipped (booked already), so a
 * redelivered event never counts twice. After the batch each changed account gets one conditional increment (it
 * applies only if {@code lastSeq} is still what was loaded) or, if new, one insert; either failing (another writer
 * got there first) fails the batch, which is then applied again from a fresh load.
 */
final class BalanceTallyBatch implements BatchStore {

    private static final class Tally {
        final Long storedSeq;
        long lastSeq;
        Document fields;
        long fen;
        long carriedIn;
        long carriedOut;

        Tally(Long storedSeq) {
            this.storedSeq = storedSeq;
            this.lastSeq = storedSeq == null ? Long.MIN_VALUE : storedSeq;
        }

        boolean changed() {
            return storedSeq == null ? fields != null : lastSeq != storedSeq;
        }
    }

    private final MongoCollection<Document> collection;
    private final CounterReader reader;
    private final Map<String, Long> storedSeqs = new HashMap<>();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    BalanceTallyBatch(MongoCollection<Document> collection) {
        this.collection = collection;
        this.reader = new CounterReader(collection);
    }

    @Override
    public void load(BatchKeys keys) {
        load(keys.of(this));
    }

    private void load(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !storedSeqs.containsKey(id)).toList();
        missing.forEach(id -> storedSeqs.put(id, null));
        reader.documents(missing).forEach((id, document) -> storedSeqs.put(id,
                ((Number) document.get(ApplyOnce.LAST_SEQ)).longValue()));
    }

    /**
     * Books event {@code seq}'s change of account {@code id} unless it was booked already; {@code fields} describe
     * the account should this be its first posting.
     */
    void add(String id, long seq, long[] change, Supplier<Document> fields) {
        if (!storedSeqs.containsKey(id)) {
            load(List.of(id));
        }
        Tally tally = tallies.computeIfAbsent(id, k -> new Tally(storedSeqs.get(k)));
        if (seq <= tally.lastSeq) {
            return;
        }
        if (tally.storedSeq == null && tally.fields == null) {
            tally.fields = fields.get();
        }
        tally.fen = Math.addExact(tally.fen, change[0]);
        tally.carriedIn = Math.addExact(tally.carriedIn, change[1]);
        tally.carriedOut = Math.addExact(tally.carriedOut, change[2]);
        tally.lastSeq = seq;
    }

    @Override
    public int flush() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        int updates = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            if (!tally.changed()) {
                continue;
            }
            if (tally.storedSeq == null) {
                Document created = new Document("_id", entry.getKey());
                created.putAll(tally.fields);
                writes.add(new InsertOneModel<>(created.append("fen", tally.fen)
                        .append("carriedInFen", tally.carriedIn).append("carriedOutFen", tally.carriedOut)
                        .append(ApplyOnce.LAST_SEQ, tally.lastSeq)));
            } else {
                updates++;
                writes.add(new UpdateOneModel<>(
                        and(eq("_id", entry.getKey()), eq(ApplyOnce.LAST_SEQ, tally.storedSeq)),
                        Updates.combine(Updates.inc("fen", tally.fen), Updates.inc("carriedInFen", tally.carriedIn),
                                Updates.inc("carriedOutFen", tally.carriedOut),
                                Updates.set(ApplyOnce.LAST_SEQ, tally.lastSeq))));
            }
        }
        discard();
        if (CounterBatch.write(collection, writes) != updates) {
            throw new IllegalStateException("account balances were changed by another writer during the batch");
        }
        return writes.size();
    }

    @Override
    public void discard() {
        tallies.clear();
        storedSeqs.clear();
    }
}
