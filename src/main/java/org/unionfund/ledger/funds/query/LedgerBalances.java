package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.kernel.Money;

import com.mongodb.client.MongoDatabase;

/**
 * Reads the balances, postings and trial balances booked by {@link AccountBalanceProjection}. Eventually consistent
 * with the event log (the projection is a tracking processor; it is usually a few milliseconds behind).
 */
@Service
public class LedgerBalances {

    private final BalanceCollections store;
    private final ProposalBook proposals;

    public LedgerBalances(MongoDatabase database) {
        this.proposals = new ProposalBook(database);
        this.store = new BalanceCollections(database);
    }

    /** The body's accounts with balances, of one year or (year null) of all years, in a stable order. */
    public List<AccountBalanceView> accountsOf(String bodyId, Integer year) {
        List<AccountBalanceView> accounts = new ArrayList<>();
        for (Document account : load(indexed("body/" + bodyId))) {
            if (year == null || account.getInteger("year").intValue() == year.intValue()) {
                accounts.add(view(account));
            }
        }
        accounts.sort((a, b) -> AccountView.ORDER.compare(a.account(), b.account()));
        return accounts;
    }

    public TrialBalanceView trialBalance(String ledgerId, int year) {
        Map<AccountKind, long[]> totals = new EnumMap<>(AccountKind.class);
        for (AccountKind kind : AccountKind.values()) {
            totals.put(kind, new long[2]);
        }
        long net = 0;
        long carriedIn = 0;
        long carriedOut = 0;
        for (Document account : load(indexed("ledger/" + ledgerId + "/" + year))) {
            long[] total = totals.get(AccountKind.valueOf(account.getString("kind")));
            long fen = longOf(account, "fen");
            total[0]++;
            total[1] = Math.addExact(total[1], fen);
            net = Math.addExact(net, fen);
            carriedIn = Math.addExact(carriedIn, longOf(account, "carriedInFen"));
            carriedOut = Math.addExact(carriedOut, longOf(account, "carriedOutFen"));
        }
        long allYears = 0;
        Document ledger = store.index().find(eq("_id", "ledger/" + ledgerId)).first();
        List<Integer> years = ledger == null ? List.of() : ledger.getList("years", Integer.class);
        for (Integer other : years) {
            for (Document account : load(indexed("ledger/" + ledgerId + "/" + other))) {
                allYears = Math.addExact(allYears, longOf(account, "fen"));
            }
        }
        List<TrialBalanceView.KindTotal> kinds = new ArrayList<>();
        totals.forEach((kind, total) -> kinds.add(
                new TrialBalanceView.KindTotal(kind, (int) total[0], yuan(total[1]))));
        return new TrialBalanceView(ledgerId, year, kinds, yuan(net), yuan(carriedIn), yuan(carriedOut),
                net - carriedIn + carriedOut == 0, yuan(allYears));
    }

    /** Whether anything was ever booked in this ledger. */
    public boolean hasLedger(String ledgerId) {
        return store.index().find(eq("_id", "ledger/" + ledgerId)).first() != null;
    }

    public Optional<LedgerPostingView> posting(String ledgerId, String postingId) {
        Document posting = store.postings().find(eq("_id", AccountBalanceProjection.postingId(ledgerId, postingId)))
                .first();
        if (posting == null) {
            return Optional.empty();
        }
        List<LegView> legs = new ArrayList<>();
        for (Document leg : posting.getList("legs", Document.class)) {
            legs.add(new LegView(account(leg), yuan(longOf(leg, "amountFen"))));
        }
        return Optional.of(new LedgerPostingView(ledgerId, posting.getString("event"),
                new PostingView(posting.getString("postingId"), LocalDate.parse(posting.getString("effectiveDate")),
                        legs), posting.getString("reverses"), posting.getList("reversedBy", String.class),
                proposals.trail(ledgerId, postingId)));
    }

    private List<String> indexed(String id) {
        Document entry = store.index().find(eq("_id", id)).first();
        return entry == null ? List.of() : entry.getList("accounts", String.class);
    }

    private List<Document> load(List<String> ids) {
        List<Document> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            store.balances().find(in("_id", ids)).into(found);
        }
        return found;
    }

    private static AccountBalanceView view(Document account) {
        return new AccountBalanceView(account(account), yuan(longOf(account, "fen")),
                yuan(longOf(account, "carriedInFen")), yuan(longOf(account, "carriedOutFen")));
    }

    private static AccountView account(Document document) {
        AccountKind kind = AccountKind.valueOf(document.getString("kind"));
        String key = document.getString("key");
        String id = document.getString("_id");
        if (key == null && id != null) {
            key = id.substring(id.indexOf('/') + 1);
        }
        return new AccountView(key, kind, document.getString("body"), document.getInteger("year"),
                document.getString("fund"), document.getString("earmark"), document.getString("category"),
                document.getString("programme"));
    }

    private static long longOf(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toYuanString();
    }
}
