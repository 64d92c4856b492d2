package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Books the legs of every {@link PostingEvent} (whatever command produced it) into per-account balances:
 * <ul>
 * <li>{@code account_balances}: one document per account, {@code _id} = {@code <ledgerId>/<account key>}, balance in
 * fen, what year closes carried in and out, and the ledger sequence number of the last event applied
 * ({@link ApplyOnce}: an event delivered twice is booked once);</li>
 * <li>{@code account_index}: key lists for look-ups by {@code _id}: {@code body/<bodyId>} (all years),
 * {@code ledger/<ledgerId>/<year>} and {@code ledger/<ledgerId>} (the years);</li>
 * <li>{@code postings}: every posting by {@code <ledgerId>/<postingId>} with its legs and reversals.</li>
 * </ul>
 * Writes are ordered index → posting → balances, and each is idempotent, so a redelivery after a crash completes
 * what was missing. A replay (reset) empties the three collections first.
 */
@Component
@ProcessingGroup(AccountBalanceProjection.GROUP)
public class AccountBalanceProjection {

    public static final String GROUP = "account-balances";

    /** Index entries known to be written (since the last reset), bounded. */
    private static final int KNOWN_LIMIT = 200_000;

    private final BalanceCollections store;
    private final Set<String> knownIndexEntries = ConcurrentHashMap.newKeySet();

    public AccountBalanceProjection(MongoDatabase database) {
        this.store = new BalanceCollections(database);
    }

    @EventHandler
    void on(PostingEvent event, @SequenceNumber long sequenceNumber) {
        apply(event, sequenceNumber);
    }

    /** Books one event; {@code sequenceNumber} is its sequence number in its ledger's event stream. */
    public void apply(PostingEvent event, long sequenceNumber) {
        String ledger = event.ledgerId().rootBodyId();
        List<PostingLeg> legs = event.posting().legs();

        Map<String, AccountRef> accounts = new LinkedHashMap<>();
        Map<String, Long> delta = new LinkedHashMap<>();
        Map<String, Long> carriedIn = new LinkedHashMap<>();
        Map<String, Long> carriedOut = new LinkedHashMap<>();
        boolean yearClose = event instanceof YearClosedEvent;
        for (PostingLeg leg : legs) {
            String id = accountId(ledger, leg.account());
            accounts.putIfAbsent(id, leg.account());
            delta.merge(id, leg.amount().fen(), Math::addExact);
            if (yearClose) {
                (leg.amount().isPositive() ? carriedIn : carriedOut).merge(id, Math.abs(leg.amount().fen()),
                        Math::addExact);
            }
        }

        Set<Integer> years = new LinkedHashSet<>();
        for (Map.Entry<String, AccountRef> account : accounts.entrySet()) {
            AccountRef ref = account.getValue();
            years.add(ref.year());
            addToIndex("body/" + ref.body().value(), account.getKey());
            addToIndex("ledger/" + ledger + "/" + ref.year(), account.getKey());
        }
        for (Integer year : years) {
            String entry = "ledger/" + ledger + "|" + year;
            if (!knownIndexEntries.contains(entry)) {
                store.index().updateOne(eq("_id", "ledger/" + ledger), Updates.addToSet("years", year),
                        new UpdateOptions().upsert(true));
                remember(entry);
            }
        }
        recordPosting(ledger, event, sequenceNumber);

        for (Map.Entry<String, AccountRef> account : accounts.entrySet()) {
            String id = account.getKey();
            Map<String, Long> increments = new LinkedHashMap<>();
            increments.put("fen", delta.get(id));
            increments.put("carriedInFen", carriedIn.getOrDefault(id, 0L));
            increments.put("carriedOutFen", carriedOut.getOrDefault(id, 0L));
            ApplyOnce.increment(store.balances(), id, sequenceNumber, increments,
                    accountFields(ledger, account.getValue()));
        }
    }

    @ResetHandler
    void reset() {
        knownIndexEntries.clear();
        MongoCollections.clear(store);
    }

    static String accountId(String ledger, AccountRef account) {
        return ledger + "/" + account.key();
    }

    static String postingId(String ledger, String postingId) {
        return ledger + "/" + postingId;
    }

    private void addToIndex(String id, String account) {
        String entry = id + "|" + account;
        if (!knownIndexEntries.contains(entry)) {
            store.index().updateOne(eq("_id", id), Updates.addToSet("accounts", account),
                    new UpdateOptions().upsert(true));
            remember(entry);
        }
    }

    /**
     * Remembers an index entry once it is written: trips charge the same few accounts over and over, and an entry
     * written once (index writes are idempotent) need not be sent again.
     */
    private void remember(String entry) {
        if (knownIndexEntries.size() > KNOWN_LIMIT) {
            knownIndexEntries.clear();
        }
        knownIndexEntries.add(entry);
    }

    private void recordPosting(String ledger, PostingEvent event, long sequenceNumber) {
        String id = postingId(ledger, event.posting().id().value());
        List<Document> legs = new ArrayList<>();
        for (PostingLeg leg : event.posting().legs()) {
            legs.add(accountFields(ledger, leg.account()).append("key", leg.account().key())
                    .append("amountFen", leg.amount().fen()));
        }
        List<Bson> fields = new ArrayList<>(List.of(Updates.set("ledgerId", ledger),
                Updates.set("postingId", event.posting().id().value()),
                Updates.set("event", event.getClass().getSimpleName()),
                Updates.set("effectiveDate", event.posting().effectiveDate().toString()),
                Updates.set("legs", legs), Updates.set("seq", sequenceNumber),
                Updates.setOnInsert("reversedBy", List.of())));
        if (event instanceof PostingReversedEvent reversal) {
            fields.add(Updates.set("reverses", reversal.originalPostingId().value()));
            store.postings().updateOne(eq("_id", postingId(ledger, reversal.originalPostingId().value())),
                    Updates.addToSet("reversedBy", event.posting().id().value()));
        }
        // One upsert: a reversal recorded before its original (redelivery) keeps its reversedBy entry.
        store.postings().updateOne(eq("_id", id), Updates.combine(fields), new UpdateOptions().upsert(true));
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
