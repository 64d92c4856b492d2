package org.unionfund.ledger.audit.lineage;

import static com.mongodb.client.model.Filters.eq;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.fen;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.gseq;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.isTracked;
import static org.unionfund.ledger.audit.lineage.LineageDocuments.legs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.lineage.LineageView.AccountNode;
import org.unionfund.ledger.audit.format.Yuan;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.statistics.funds.FundNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/**
 * Builds lineage trees from the {@link LineageProjection} documents with keyed look-ups: one account document and
 * one {@code $in} over its postings per account on the way.
 */
@Service
public class LineageQueries {

    static final int MAX_DEPTH = 12;
    static final int MAX_ACCOUNTS = 400;

    private final LineageCollections lineage;
    private final ObjectMapper json;
    private final FundNames fundNames;
    private final ProposalBook proposals;

    public LineageQueries(MongoDatabase database, ObjectMapper json, BodyDirectory directory) {
        this.proposals = new ProposalBook(database);
        this.fundNames = new FundNames(database, directory);
        this.lineage = new LineageCollections(database);
        this.json = json;
    }

    /** The body a trip or programme belongs to ({@code "trip:<id>"}, {@code "programme:<id>"}), if known. */
    public Optional<String> bodyOf(String reference) {
        Document ref = lineage.refs().find(eq("_id", reference)).first();
        return ref == null ? Optional.empty() : Optional.ofNullable(ref.get("fields", Document.class).getString("body"));
    }

    /** The lineage of one posting, or empty if the lineage projection does not know it (yet). */
    public Optional<LineageView> posting(String ledgerId, String postingId) {
        Document posting = lineage.postings().find(eq("_id", ledgerId + "/" + postingId)).first();
        if (posting == null) {
            return Optional.empty();
        }
        LineageWalk walk = new LineageWalk(ledgerId, lineage, this::details,
                new LineageNames(fundNames, proposals, ledgerId));
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
                details(posting), posting.getString("reverses"), upstream, downstream, walk.truncated,
                walk.names.document(postingId), walk.names.approval(postingId, posting.getString("event"))));
    }

    private JsonNode details(Document posting) {
        Document details = posting.get("details", Document.class);
        return details == null ? null : Yuan.render(json.valueToTree(details));
    }
}
