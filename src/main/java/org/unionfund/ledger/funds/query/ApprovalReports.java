package org.unionfund.ledger.funds.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.kernel.Money;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/** Builds the approval report from the proposals and the bookings and policies of {@link ApprovalAuditProjection}. */
@Component
public class ApprovalReports {

    /** The status of a booking no policy in force asked approvals for (直接入账). */
    public static final String DIRECT = "DIRECT";

    private final MongoCollection<Document> policies;
    private final MongoCollection<Document> bookings;
    private final ProposalBook proposals;

    public ApprovalReports(MongoDatabase database, ProposalBook proposals) {
        ApprovalAuditCollections audit = new ApprovalAuditCollections(database);
        this.policies = audit.policies();
        this.bookings = audit.bookings();
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
        for (Document b : bookings.find(Filters.eq("ledger", ledgerId))) {
            ProposalView p = byId.get(b.getString("posting"));
            ApprovalReportView.Booking booking = checked(b, p == null ? null : new ApprovalTrail(p.proposer(),
                    p.approvals()), p != null && "APPROVED".equals(p.status()), names);
            if (!DIRECT.equals(booking.status())) {
                checked.add(booking);
            }
        }
        int without = (int) checked.stream().filter(b -> "WITHOUT_APPROVAL".equals(b.status())).count();
        int before = (int) checked.stream().filter(b -> "BEFORE_POLICY".equals(b.status())).count();
        checked.sort(Comparator.comparing(ApprovalReportView.Booking::date)
                .thenComparing(ApprovalReportView.Booking::postingId));
        List<ApprovalReportView.Person> persons = new ArrayList<>();
        people.forEach((name, n) -> persons.add(new ApprovalReportView.Person(name, roles.get(name), n[0], n[1], n[2],
                n[3], n[4])));
        return new ApprovalReportView(ledgerId, persons, checked, without, before);
    }

    /**
     * The allocations (and allocation documents) {@code bodies} booked in {@code year} of at least {@code minFen},
     * by date, each with its approval status and signers; {@code DIRECT} where no policy in force asked approvals.
     */
    public List<ApprovalReportView.Booking> allocations(Collection<String> bodies, int year, long minFen,
            Function<String, String> names) {
        List<Document> found = new ArrayList<>();
        bookings.find(Filters.and(Filters.in("body", bodies), Filters.in("kind", ActKind.ALLOCATION.name(),
                ActKind.ALLOCATION_DOCUMENT.name()), Filters.gte("amountFen", minFen),
                Filters.gte("date", year + "-01-01"), Filters.lte("date", year + "-12-31"))).forEach(found::add);
        Map<String, ApprovalTrail> trails = new HashMap<>();
        found.stream().collect(Collectors.groupingBy(b -> b.getString("ledger"))).forEach((ledger, docs) ->
                trails.putAll(proposals.trails(ledger, docs.stream().map(b -> b.getString("posting")).toList())));
        return found.stream().map(b -> {
            ApprovalTrail trail = trails.get(b.getString("posting"));
            return checked(b, trail, trail != null, names);
        }).sorted(Comparator.comparing(ApprovalReportView.Booking::date)
                .thenComparing(ApprovalReportView.Booking::postingId)).toList();
    }

    private ApprovalReportView.Booking checked(Document b, ApprovalTrail trail, boolean approved,
            Function<String, String> names) {
        Document policy = inForce(b.getString("ledger"), b.getString("body"), b.getString("date"));
        Money amount = Money.ofFen(((Number) b.get("amountFen")).longValue());
        List<ApprovalStep> steps = policy == null ? List.of()
                : ApprovalRule.stepsFor(rules(policy), ActKind.valueOf(b.getString("kind")), amount);
        String status = steps.isEmpty() ? DIRECT : approved ? "APPROVED"
                : b.getString("recordedAt").compareTo(policy.getString("adoptedAt")) < 0 ? "BEFORE_POLICY"
                : "WITHOUT_APPROVAL";
        return new ApprovalReportView.Booking(b.getString("posting"), b.getString("kind"), b.getString("body"),
                names.apply(b.getString("body")), b.getString("date"), amount.toYuanString(),
                b.getString("recordedAt"), status, steps.stream().map(Enum::name).toList(),
                trail == null ? null : trail.proposer(), trail == null ? List.of() : trail.approvals());
    }

    private Document inForce(String ledgerId, String body, String date) {
        Document latest = null;
        for (Document p : policies.find(Filters.and(Filters.eq("ledger", ledgerId), Filters.eq("body", body)))) {
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
