package org.unionfund.ledger.audit.lineage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.accountOf;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.amountOn;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.fen;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.gseq;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.isTracked;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.legs;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.unionfund.ledger.audit.format.Yuan;
import org.unionfund.ledger.audit.lineage.LineageView.AccountNode;
import org.unionfund.ledger.audit.lineage.LineageView.Commitment;
import org.unionfund.ledger.audit.lineage.LineageView.Flow;
import org.unionfund.ledger.audit.lineage.LineageView.Leg;
import org.unionfund.ledger.audit.lineage.LineageView.TripRef;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One walk through the lineage of a posting: upstream (where the money came from) and downstream (where it went),
 * account by account, bounded in depth and in accounts visited.
 */
final class LineageWalk {

    private final String ledger;
    private final LineageCollections lineage;
    private final Function<Document, JsonNode> details;
    final LineageNames names;
    private int accountsVisited;
    boolean truncated;

    LineageWalk(String ledger, LineageCollections lineage, Function<Document, JsonNode> details,
            LineageNames names) {
        this.ledger = ledger;
        this.lineage = lineage;
        this.details = details;
        this.names = names;
    }

    /** Where the money in {@code key} came from, up to (excluding) global sequence {@code before}. */
    AccountNode upstream(String key, long before, int depth, Set<String> path) {
        return expand(key, depth, path, true, before);
    }

    /** Where the money in {@code key} went, from (excluding) global sequence {@code after} on. */
    AccountNode downstream(String key, long after, int depth, Set<String> path) {
        return expand(key, depth, path, false, after);
    }

    /** The account's inflows before {@code cut} (upstream) or its outflows after {@code cut}, each followed on. */
    private AccountNode expand(String key, int depth, Set<String> path, boolean upstream, long cut) {
        Document account = account(key);
        AccountNode unexpanded = unexpanded(account, key, depth, path);
        if (unexpanded != null) {
            return unexpanded;
        }
        Set<String> below = new HashSet<>(path);
        below.add(key);
        long total = 0;
        List<Flow> flows = new ArrayList<>();
        for (Document posting : load(account.getList(upstream ? "in" : "out", String.class, List.of()))) {
            if (upstream ? gseq(posting) >= cut : gseq(posting) <= cut) {
                continue;
            }
            long amount = upstream ? amountOn(posting, key) : -amountOn(posting, key);
            total += amount;
            String reverses = posting.getString("reverses");
            if (reverses != null) {
                flows.add(flow(posting, amount, key, new ArrayList<>(), "reversal of posting " + reverses
                        + (upstream ? " returned money here" : " took money back")));
            } else {
                flows.add(upstream ? inflow(posting, amount, key, depth, below)
                        : outflow(posting, amount, key, depth, below));
            }
        }
        return upstream ? new AccountNode(view(account, names), Yuan.of(total), null, flows, null)
                : new AccountNode(view(account, names), null, Yuan.of(total), flows, null);
    }

    private Flow inflow(Document inflow, long amount, String key, int depth, Set<String> below) {
        List<AccountNode> next = new ArrayList<>();
        String note = null;
        for (Document leg : legs(inflow)) {
            if (fen(leg) < 0 && isTracked(leg) && !leg.getString("key").equals(key)) {
                next.add(upstream(leg.getString("key"), gseq(inflow), depth + 1, below));
            } else if (fen(leg) < 0 && "SOURCE".equals(leg.getString("kind"))) {
                note = "own budget of body " + leg.getString("body") + " (本级预算)";
            }
        }
        return flow(inflow, amount, key, next, note);
    }

    private Flow outflow(Document outflow, long amount, String key, int depth, Set<String> below) {
        List<AccountNode> next = new ArrayList<>();
        List<String> spent = new ArrayList<>();
        for (Document leg : legs(outflow)) {
            if (fen(leg) > 0 && isTracked(leg) && !leg.getString("key").equals(key)) {
                next.add(downstream(leg.getString("key"), gseq(outflow), depth + 1, below));
            } else if (fen(leg) > 0 && "EXPENSE".equals(leg.getString("kind"))) {
                spent.add(leg.getString("category") + " of body " + leg.getString("body"));
            }
        }
        return flow(outflow, amount, key, next, spent.isEmpty() ? null : "spent: " + String.join(", ", spent));
    }

    /** The node to show instead of expanding {@code key} (unknown, too deep, too large or a loop), else null. */
    private AccountNode unexpanded(Document account, String key, int depth, Set<String> path) {
        if (account == null) {
            return new AccountNode(accountOf(key, names), "0.00", "0.00", List.of(), "no flows recorded");
        }
        if (depth >= LineageQueries.MAX_DEPTH || accountsVisited >= LineageQueries.MAX_ACCOUNTS
                || path.contains(key)) {
            truncated |= !path.contains(key);
            return new AccountNode(view(account, names), null, null, List.of(), "not expanded (depth or size limit)");
        }
        accountsVisited++;
        return null;
    }

    private Flow flow(Document posting, long amount, String key, List<AccountNode> next, String note) {
        String postingId = posting.getString("postingId");
        List<Commitment> commitments = matchingCommitments(posting);
        return new Flow(postingId, posting.getString("event"), posting.getString("effectiveDate"),
                gseq(posting), Yuan.of(amount), legViews(legs(posting), key), trip(postingId), details.apply(posting),
                commitments, next, note, names.document(postingId), names.approval(postingId, posting.getString("event")));
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
        Document fund = lineage.accounts().find(eq("_id", ledger + "/" + matchingFund)).first();
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
        Document ref = lineage.refs().find(eq("_id", "posting:" + ledger + "/" + postingId)).first();
        if (ref == null) {
            return null;
        }
        String tripId = ref.get("fields", Document.class).getString("trip");
        Document trip = lineage.refs().find(eq("_id", "trip:" + tripId)).first();
        Document fields = trip == null ? new Document() : trip.get("fields", Document.class);
        return new TripRef(tripId, fields.getString("programme"), fields.getString("body"),
                fields.getString("startDate"), fields.getInteger("days"));
    }

    List<Leg> legViews(List<Document> legs, String except) {
        List<Leg> views = new ArrayList<>();
        for (Document leg : legs) {
            if (!leg.getString("key").equals(except)) {
                views.add(new Leg(view(leg, names), Yuan.of(fen(leg))));
            }
        }
        return views;
    }

    private Document account(String key) {
        return lineage.accounts().find(eq("_id", ledger + "/" + key)).first();
    }

    private List<Document> load(List<String> postingIds) {
        if (postingIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = postingIds.stream().map(id -> ledger + "/" + id).toList();
        List<Document> found = new ArrayList<>();
        lineage.postings().find(in("_id", ids)).into(found);
        found.sort(Comparator.comparingLong(LineageDocuments::gseq));
        return found;
    }
}
