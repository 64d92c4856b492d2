package org.unionfund.ledger.funds.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.kernel.Money;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Builds the approval report from the proposals and the bookings and policies of {@link ApprovalAuditProjection}. */
@Component
public class ApprovalReports {

    private final ApprovalAuditCollections audit;
    private final ProposalBook proposals;

    public ApprovalReports(MongoDatabase database, ProposalBook proposals) {
        this.audit = new ApprovalAuditCollections(database);
        this.proposals = proposals;
    }

    public ApprovalReportView report(String ledgerId, Function<String, String> names) {
        Map<String, ProposalView> byId = new TreeMap<>();
        Map<String, int[]> people = new TreeMap<>();
        Map<String, String> roles = new TreeMap<>();
        for (ProposalView p : proposals.list(ledgerId, null, names)) {
            byId.put(p.proposalId(), p);
            count(people, roles, p.proposer(), 0);
            p.approvals().forEach(a -> count(people, roles, a, "REVIEW".equals(a.step()) ? 1 : 2));
            if (p.closedBy() != null) {
                count(people, roles, p.closedBy(), "REJECTED".equals(p.status()) ? 3 : 4);
            }
        }
        List<ApprovalReportView.Booking> checked = new ArrayList<>();
        int without = 0;
        int before = 0;
        for (Document b : audit.bookings().find(Filters.eq("ledger", ledgerId))) {
            Document policy = inForce(ledgerId, b.getString("body"), b.getString("date"));
            List<ApprovalStep> steps = policy == null ? List.of() : ApprovalRule.stepsFor(rules(policy),
                    ActKind.valueOf(b.getString("kind")), Money.ofFen(((Number) b.get("amountFen")).longValue()));
            if (steps.isEmpty()) {
                continue;
            }
            ProposalView p = byId.get(b.getString("posting"));
            String status = p != null && "APPROVED".equals(p.status()) ? "APPROVED"
                    : b.getString("recordedAt").compareTo(policy.getString("adoptedAt")) < 0 ? "BEFORE_POLICY"
                    : "WITHOUT_APPROVAL";
            without += "WITHOUT_APPROVAL".equals(status) ? 1 : 0;
            before += "BEFORE_POLICY".equals(status) ? 1 : 0;
            checked.add(new ApprovalReportView.Booking(b.getString("posting"), b.getString("kind"), b.getString("body"),
                    names.apply(b.getString("body")), b.getString("date"),
                    Money.ofFen(((Number) b.get("amountFen")).longValue()).toYuanString(), b.getString("recordedAt"),
                    status, steps.stream().map(Enum::name).toList(), p == null ? null : p.proposer(),
                    p == null ? List.of() : p.approvals()));
        }
        checked.sort(Comparator.comparing(ApprovalReportView.Booking::date)
                .thenComparing(ApprovalReportView.Booking::postingId));
        List<ApprovalReportView.Person> persons = new ArrayList<>();
        people.forEach((name, n) -> persons.add(new ApprovalReportView.Person(name, roles.get(name), n[0], n[1], n[2],
                n[3], n[4])));
        return new ApprovalReportView(ledgerId, persons, checked, without, before);
    }

    private Document inForce(String ledgerId, String body, String date) {
        Document latest = null;
        for (Document p : audit.policies().find(Filters.and(Filters.eq("ledger", ledgerId),
                Filters.eq("body", body)))) {
            String from = p.getString("validFrom");
            if (from.compareTo(date) <= 0 && (latest == null || from.compareTo(latest.getString("validFrom")) > 0)) {
                latest = p;
            }
        }
        return latest;
    }

    private static List<ApprovalRule> rules(Document policy) {
        return policy.getList("rules", Document.class).stream().map(r -> new ApprovalRule(
                ActKind.valueOf(r.getString("act")), r.get("aboveFen") == null ? null
                        : Money.ofFen(((Number) r.get("aboveFen")).longValue()),
                r.getList("steps", String.class).stream().map(ApprovalStep::valueOf).toList())).toList();
    }

    private static void count(Map<String, int[]> people, Map<String, String> roles, ProposalView.Signed who,
            int column) {
        people.computeIfAbsent(who.name(), n -> new int[5])[column]++;
        roles.putIfAbsent(who.name(), who.role());
    }
}
