package org.unionfund.ledger.audit.lineage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.lineage.LineageView.Account;
import org.unionfund.ledger.audit.lineage.LineageView.AccountNode;
import org.unionfund.ledger.audit.lineage.LineageView.Commitment;
import org.unionfund.ledger.audit.lineage.LineageView.Flow;
import org.unionfund.ledger.audit.lineage.LineageView.Leg;
import org.unionfund.ledger.audit.lineage.LineageView.TripRef;
import org.unionfund.ledger.audit.format.Yuan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Builds lineage trees from the {@link LineageProjection} documents with keyed look-ups: one account document and
 * one {@code $in} over its postings per account on the way.
 */
@Service
public class LineageQueries {

    static final int MAX_DEPTH = 12;
    static final int MAX_ACCOUNTS = 400;

    private final MongoCollection<Document> postings;
    private final MongoCollection<Document> accounts;
    private final MongoCollection<Document> refs;
    private final ObjectMapper json;

    public LineageQueries(MongoDatabase database, ObjectMapper json) {
        this.postings = database.getCollection(LineageProjection.POSTINGS);
        this.accounts = database.getCollection(LineageProjection.ACCOUNTS);
        this.refs = database.getCollection(LineageProjection.REFS);
        this.json = json;
    }

    /** The body a trip or programme belongs to ({@code "trip:<id>"}, {@code "programme:<id>"}), if known. */
    public Optional<String> bodyOf(String reference) {
        Document ref = refs.find(eq("_id", reference)).first();
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.get("fields", Document.class).getString("body"));
    }

    /** The lineage of one posting, or empty if the lineage projection does not know it (yet). */
    public Optional<LineageView> posting(String ledgerId, String postingId) {
        Document posting = postings.find(eq("_id", ledgerId + "/" + postingId)).first();
        if (posting == null) {
            return Optional.empty();
        }
        Walk walk = new Walk(ledgerId);
        long gseq = gseq(posting);
        List<AccountNode> upstream = new ArrayList<>();
        List<AccountNode> downstream = new ArrayList<>();
        boolean reversal = posting.getString("reverses") != null;
        for (Document leg : legs(posting)) {
            if (!isTracked(leg) || reversal) {
                continue;
            }
            if (fen(leg) < 0) {
                upstream.add(walk.upstream(leg.getString("key"), gseq, 0, new HashSet<>()));
            } else {
                downstream.add(walk.downstream(leg.getString("key"), gseq, 0, new HashSet<>()));
            }
        }
        return Optional.of(new LineageView(ledgerId, postingId, posting.getString("event"),
                posting.getString("effectiveDate"), gseq, walk.trip(postingId), walk.legViews(legs(posting), null),
                details(posting), posting.getString("reverses"), upstream, downstream, walk.truncated));
    }

    private final class Walk {
        final String ledger;
        int accountsVisited;
        boolean truncated;

        Walk(String ledger) {
            this.ledger = ledger;
        }

        /** Where the money in {@code key} came from, up to (excluding) global sequence {@code before}. */
        AccountNode upstream(String key, long before, int depth, Set<String> path) {
            Document account = account(key);
            if (account == null) {
                return new AccountNode(accountOf(key), "0.00", "0.00", List.of(), "no flows recorded");
            }
            if (!budget(depth, path, key)) {
                return new AccountNode(view(account), null, null, List.of(), "not expanded (depth or size limit)");
            }
            Set<String> below = new HashSet<>(path);
            below.add(key);
            long total = 0;
            List<Flow> flows = new ArrayList<>();
            for (Document inflow : load(account.getList("in", String.class, List.of()))) {
                if (gseq(inflow) >= before) {
                    continue;
                }
                long amount = amountOn(inflow, key);
                total += amount;
                List<AccountNode> next = new ArrayList<>();
                String note = null;
                if (inflow.getString("reverses") != null) {
                    note = "reversal of posting " + inflow.getString("reverses") + " returned money here";
                } else {
                    for (Document leg : legs(inflow)) {
                        if (fen(leg) < 0 && isTracked(leg) && !leg.getString("key").equals(key)) {
                            next.add(upstream(leg.getString("key"), gseq(inflow), depth + 1, below));
                        } else if (fen(leg) < 0 && "SOURCE".equals(leg.getString("kind"))) {
                            note = "own budget of body " + leg.getString("body") + " (本级预算)";
                        }
                    }
                }
                flows.add(flow(inflow, amount, key, next, note));
            }
            return new AccountNode(view(account), Yuan.of(total), null, flows, null);
        }

        /** Where the money in {@code key} went, from (excluding) global sequence {@code after} on. */
        AccountNode downstream(String key, long after, int depth, Set<String> path) {
            Document account = account(key);
            if (account == null) {
                return new AccountNode(accountOf(key), "0.00", "0.00", List.of(), "no flows recorded");
            }
            if (!budget(depth, path, key)) {
                return new AccountNode(view(account), null, null, List.of(), "not expanded (depth or size limit)");
            }
            Set<String> below = new HashSet<>(path);
            below.add(key);
            long total = 0;
            List<Flow> flows = new ArrayList<>();
            for (Document outflow : load(account.getList("out", String.class, List.of()))) {
                if (gseq(outflow) <= after) {
                    continue;
                }
                long amount = -amountOn(outflow, key);
                total += amount;
                List<AccountNode> next = new ArrayList<>();
                String note = null;
                if (outflow.getString("reverses") != null) {
                    note = "reversal of posting " + outflow.getString("reverses") + " took money back";
                } else {
                    List<String> spent = new ArrayList<>();
                    for (Document leg : legs(outflow)) {
                        if (fen(leg) > 0 && isTracked(leg) && !leg.getString("key").equals(key)) {
                            next.add(downstream(leg.getString("key"), gseq(outflow), depth + 1, below));
                        } else if (fen(leg) > 0 && "EXPENSE".equals(leg.getString("kind"))) {
                            spent.add(leg.getString("category") + " of body " + leg.getString("body"));
                        }
                    }
                    if (!spent.isEmpty()) {
                        note = "spent: " + String.join(", ", spent);
                    }
                }
                flows.add(flow(outflow, amount, key, next, note));
            }
            return new AccountNode(view(account), null, Yuan.of(total), flows, null);
        }

        private boolean budget(int depth, Set<String> path, String key) {
            if (depth >= MAX_DEPTH || accountsVisited >= MAX_ACCOUNTS || path.contains(key)) {
                truncated |= !path.contains(key);
                return false;
            }
            accountsVisited++;
            return true;
        }

        private Flow flow(Document posting, long amount, String key, List<AccountNode> next, String note) {
            String postingId = posting.getString("postingId");
            List<Commitment> commitments = matchingCommitments(posting);
            return new Flow(postingId, posting.getString("event"), posting.getString("effectiveDate"),
                    gseq(posting), Yuan.of(amount), legViews(legs(posting), key), trip(postingId), details(posting),
                    commitments, next, note);
        }

        /** For an allocation with a matching requirement: the receiver's commitments (its matching fund's inflows). */
        private List<Commitment> matchingCommitments(Document posting) {
            if (!"FundsAllocatedEvent".equals(posting.getString("event"))) {
                return null;
            }
            Document details = posting.get("details", Document.class);
            if (details == null || details.get("matching") == null) {
                return null;
            }
            String to = null;
            for (Document leg : legs(posting)) {
                if (fen(leg) > 0) {
                    to = leg.getString("body");
                }
            }
            Integer year = legs(posting).isEmpty() ? null : legs(posting).get(0).getInteger("year");
            String matchingFund = "FUND|" + to + "|" + year + "|" + posting.getString("postingId") + "||";
            Document fund = accounts.find(eq("_id", ledger + "/" + matchingFund)).first();
            List<Commitment> commitments = new ArrayList<>();
            if (fund != null) {
                for (Document commitment : load(fund.getList("in", String.class, List.of()))) {
                    Document commitmentDetails = commitment.get("details", Document.class);
                    commitments.add(new Commitment(commitment.getString("postingId"),
                            Yuan.of(amountOn(commitment, matchingFund)), commitment.getString("effectiveDate"),
                            commitmentDetails == null ? null : commitmentDetails.getBoolean("late")));
                }
            }
            return commitments;
        }

        TripRef trip(String postingId) {
            Document ref = refs.find(eq("_id", "posting:" + ledger + "/" + postingId)).first();
            if (ref == null) {
                return null;
            }
            String tripId = ref.get("fields", Document.class).getString("trip");
            Document trip = refs.find(eq("_id", "trip:" + tripId)).first();
            Document fields = trip == null ? new Document() : trip.get("fields", Document.class);
            return new TripRef(tripId, fields.getString("programme"), fields.getString("body"),
                    fields.getString("startDate"), fields.getInteger("days"));
        }

        List<Leg> legViews(List<Document> legs, String except) {
            List<Leg> views = new ArrayList<>();
            for (Document leg : legs) {
                if (!leg.getString("key").equals(except)) {
                    views.add(new Leg(view(leg), Yuan.of(fen(leg))));
                }
            }
            return views;
        }

        private Document account(String key) {
            return accounts.find(eq("_id", ledger + "/" + key)).first();
        }

        private List<Document> load(List<String> postingIds) {
            if (postingIds.isEmpty()) {
                return List.of();
            }
            List<String> ids = postingIds.stream().map(id -> ledger + "/" + id).toList();
            List<Document> found = new ArrayList<>();
            postings.find(in("_id", ids)).into(found);
            found.sort(Comparator.comparingLong(LineageQueries::gseq));
            return found;
        }
    }

    private JsonNode details(Document posting) {
        Document details = posting.get("details", Document.class);
        return details == null ? null : Yuan.render(json.valueToTree(details));
    }

    private static boolean isTracked(Document leg) {
        String kind = leg.getString("kind");
        return "FUND".equals(kind) || "PROGRAMME".equals(kind);
    }

    private static long amountOn(Document posting, String key) {
        long total = 0;
        for (Document leg : legs(posting)) {
            if (leg.getString("key").equals(key)) {
                total += fen(leg);
            }
        }
        return total;
    }

    private static List<Document> legs(Document posting) {
        return posting.getList("legs", Document.class, List.of());
    }

    private static long fen(Document leg) {
        return ((Number) leg.get("fen")).longValue();
    }

    static long gseq(Document posting) {
        Object gseq = posting.get("gseq");
        return gseq instanceof Number n ? n.longValue() : Long.MAX_VALUE;
    }

    private static Account view(Document account) {
        return new Account(account.getString("key"), account.getString("kind"), account.getString("body"),
                account.getInteger("year"), account.getString("fund"), account.getString("earmark"),
                account.getString("category"), account.getString("programme"));
    }

    private static Account accountOf(String key) {
        String[] parts = key.split("\\|", -1);
        Map<Integer, String> at = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            at.put(i, parts[i].isEmpty() ? null : parts[i]);
        }
        Integer year = at.get(2) == null ? null : Integer.valueOf(at.get(2));
        return new Account(key, at.get(0), at.get(1), year, at.get(3), at.get(4), at.get(5), at.get(6));
    }
}
