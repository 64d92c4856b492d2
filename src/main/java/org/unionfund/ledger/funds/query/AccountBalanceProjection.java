package org.unionfund.ledger.funds.query;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.EventPosition;
import org.unionfund.ledger.platform.projection.PositionedEvent;
import org.unionfund.ledger.platform.projection.QueuedWrites;

import com.mongodb.client.MongoDatabase;

/**
 * Books the legs of every {@link PostingEvent} (whatever command produced it) into per-account balances:
 * <ul>
 * <li>{@code account_balances}: one document per account, {@code _id} = {@code <ledgerId>/<account key>}, balance in
 * fen, what year closes carried in and out, and the ledger sequence number of the last event applied
 * ({@link ApplyOnce#LAST_SEQ}: an event delivered twice is booked once);</li>
 * <li>{@code account_index}: key lists for look-ups by {@code _id}: {@code body/<bodyId>} (all years),
 * {@code ledger/<ledgerId>/<year>} and {@code ledger/<ledgerId>} (the years);</li>
 * <li>{@code postings}: every posting by {@code <ledgerId>/<postingId>} with its legs and reversals.</li>
 * </ul>
 * A batch projection with a processor of its own: a batch of events costs a few bulk writes, flushed in the order
 * index → postings → balances, each idempotent or guarded by {@code lastSeq}, so a batch delivered again after a
 * crash completes what was missing. A replay (reset) empties the three collections first.
 */
@Component
@ProcessingGroup(AccountBalanceProjection.GROUP)
public class AccountBalanceProjection extends BatchProjection {

    public static final String GROUP = "account-balances";

    /** Where a directly applied event stands: the balances use the ledger's sequence numbers, not positions. */
    private static final EventPosition DIRECT = EventPosition.at(-1);

    private final AccountIndexBatch index;
    private final PostingRecordBatch postings;
    private final BalanceTallyBatch balances;

    @Autowired
    public AccountBalanceProjection(MongoDatabase database) {
        this(database, "");
    }

    AccountBalanceProjection(MongoDatabase database, String prefix) {
        super(database, prefix, GROUP, (db, shadowPrefix, singleWriter) -> new AccountBalanceProjection(db,
                shadowPrefix));
        this.balances = new BalanceTallyBatch(collection(BalanceCollections.BALANCES));
        this.index = store(new AccountIndexBatch(collection(BalanceCollections.INDEX)));
        this.postings = new PostingRecordBatch(store(new QueuedWrites(collection(BalanceCollections.POSTINGS))));
        store(balances);
        routes().on(PostingEvent.class, this::prefetch, this::book);
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    /** Books one event now; {@code sequenceNumber} is its sequence number in its ledger's event stream. */
    public void apply(PostingEvent event, long sequenceNumber) {
        process(List.of(new PositionedEvent(event, DIRECT, sequenceNumber, 0)));
    }

    /** One batch at a time, also when {@link #apply(PostingEvent, long)} is called beside the processor. */
    @Override
    protected synchronized void apply(List<PositionedEvent> batch) {
        super.apply(batch);
    }

    private void prefetch(PostingEvent event, BatchKeys keys) {
        String ledger = event.ledgerId().rootBodyId();
        event.posting().legs().forEach(leg -> keys.add(balances, accountId(ledger, leg.account())));
    }

    private void book(PositionedEvent e, PostingEvent event) {
        String ledger = event.ledgerId().rootBodyId();
        boolean yearClose = event instanceof YearClosedEvent;
        Map<String, AccountRef> accounts = new LinkedHashMap<>();
        Map<String, long[]> changes = new LinkedHashMap<>();
        for (PostingLeg leg : event.posting().legs()) {
            String id = accountId(ledger, leg.account());
            accounts.putIfAbsent(id, leg.account());
            long[] change = changes.computeIfAbsent(id, k -> new long[3]);
            long fen = leg.amount().fen();
            change[0] = Math.addExact(change[0], fen);
            if (yearClose) {
                change[fen > 0 ? 1 : 2] = Math.addExact(change[fen > 0 ? 1 : 2], Math.abs(fen));
            }
        }
        Set<Integer> years = new LinkedHashSet<>();
        accounts.forEach((id, ref) -> {
            years.add(ref.year());
            index.add("body/" + ref.body().value(), "accounts", id);
            index.add("ledger/" + ledger + "/" + ref.year(), "accounts", id);
        });
        years.forEach(year -> index.add("ledger/" + ledger, "years", year));
        postings.record(ledger, event, e.sequenceNumber());
        accounts.forEach((id, ref) -> balances.add(id, e.sequenceNumber(), changes.get(id),
                () -> accountFields(ledger, ref)));
    }

    static String accountId(String ledger, AccountRef account) {
        return ledger + "/" + account.key();
    }

    static String postingId(String ledger, String postingId) {
        return ledger + "/" + postingId;
    }

    static Document accountFields(String ledger, AccountRef account) {
        return new Document("ledgerId", ledger)
                .append("kind", account.kind().name())
                .append("body", account.body().value())
                .append("year", account.year())
                .append("fund", account.fund() == null ? null : account.fund().value())
                .append("earmark", account.earmark())
                .append("category", account.category())
                .append("programme", account.programme());
    }
}
