package org.unionfund.ledger.funds.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.Money;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Reads the proposals ({@link ProposalProjection}): one, a ledger's list, an approver's inbox. */
@Component
public class ProposalBook {

    private final MongoCollection<Document> proposals;

    public ProposalBook(MongoDatabase database) {
        this.proposals = database.getCollection(ProposalProjection.PROPOSALS);
    }

    public Optional<ProposalView> find(String ledgerId, String proposalId, Function<String, String> names) {
        return Optional.ofNullable(proposals.find(Filters.eq("_id", ledgerId + "/" + proposalId)).first())
                .map(d -> view(d, names));
    }

    /** Proposals of a ledger (optionally of one status), newest date first. */
    public List<ProposalView> list(String ledgerId, String status, Function<String, String> names) {
        List<ProposalView> views = new ArrayList<>();
        proposals.find(status == null ? Filters.eq("ledger", ledgerId)
                : Filters.and(Filters.eq("ledger", ledgerId), Filters.eq("status", status)))
                .forEach(d -> views.add(view(d, names)));
        views.sort(Comparator.comparing(ProposalView::date).reversed().thenComparing(ProposalView::proposalId));
        return views;
    }

    /** The approval trails of those of {@code postingIds} that were booked by an approval (the same id). */
    public Map<String, ApprovalTrail> trails(String ledgerId, Collection<String> postingIds) {
        Map<String, ApprovalTrail> trails = new HashMap<>();
        if (postingIds.isEmpty()) {
            return trails;
        }
        proposals.find(Filters.and(Filters.in("_id", postingIds.stream().map(p -> ledgerId + "/" + p).toList()),
                Filters.eq("status", "APPROVED"))).forEach(d -> trails.put(d.getString("proposal"),
                new ApprovalTrail(signed(d.get("proposer", Document.class)), approvals(d))));
        return trails;
    }

    /** The approval trail of one posting; null when it was booked directly. */
    public ApprovalTrail trail(String ledgerId, String postingId) {
        return trails(ledgerId, List.of(postingId)).get(postingId);
    }

    /** 待审批 for a signatory: pending proposals of {@code bodyId} whose next step is given by {@code role}. */
    public List<ProposalView> inbox(String bodyId, String role, Function<String, String> names) {
        List<ProposalView> views = new ArrayList<>();
        proposals.find(Filters.and(Filters.eq("body", bodyId), Filters.eq("status", "PENDING")))
                .forEach(d -> views.add(view(d, names)));
        return views.stream().filter(v -> v.nextStep() != null && role.equals(roleOf(v.nextStep())))
                .sorted(Comparator.comparing(ProposalView::date).thenComparing(ProposalView::proposalId)).toList();
    }

    private static String roleOf(String step) {
        return "REVIEW".equals(step) ? "REVIEWER" : "APPROVER";
    }

    private static ProposalView view(Document d, Function<String, String> names) {
        List<String> steps = d.getList("steps", String.class);
        List<ProposalView.Signed> approvals = approvals(d);
        String status = d.getString("status");
        String next = "PENDING".equals(status) && approvals.size() < steps.size() ? steps.get(approvals.size()) : null;
        List<ProposalView.Leg> legs = d.getList("legs", Document.class).stream().map(l -> new ProposalView.Leg(
                l.getString("kind"), l.getString("body"), names.apply(l.getString("body")), l.getString("fund"),
                l.getString("earmark"), yuan(l.get("amountFen")))).toList();
        Document closed = d.get("closedBy", Document.class);
        Document matching = d.get("matching", Document.class);
        String body = d.getString("body");
        return new ProposalView(d.getString("ledger"), d.getString("proposal"), d.getString("kind"), body,
                names.apply(body), yuan(d.get("amountFen")), d.getString("date"), signed(d.get("proposer",
                Document.class)), steps, approvals, status, next, closed == null ? null : signed(closed),
                d.getString("reason"), legs, matching == null ? null : new ProposalView.Matching(
                matching.getInteger("ratioBasisPoints"), matching.getString("deadline")),
                "APPROVED".equals(status) ? d.getString("proposal") : null);
    }

    private static List<ProposalView.Signed> approvals(Document d) {
        return d.getList("approvals", Document.class).stream().map(ProposalBook::signed)
                .sorted(Comparator.comparing(ProposalView.Signed::at)).toList();
    }

    private static ProposalView.Signed signed(Document d) {
        return new ProposalView.Signed(d.getString("name"), d.getString("role"), d.getString("at"),
                d.getString("step"));
    }

    private static String yuan(Object fen) {
        return Money.ofFen(((Number) fen).longValue()).toYuanString();
    }
}
