package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.Money;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** Reads what {@link MatchingDeadlineProjection} keeps: requirement status and the open requirements. */
@Service
public class MatchingStatuses {

    private final MongoCollection<Document> requirements;

    public MatchingStatuses(MongoDatabase database) {
        this.requirements = database.getCollection(MatchingDeadlineProjection.REQUIREMENTS);
    }

    public Optional<MatchingStatusView> status(String ledgerId, String allocationId) {
        return Optional.ofNullable(requirements.find(eq("_id", MatchingDeadlineProjection.key(ledgerId,
                allocationId))).first()).map(MatchingStatuses::view);
    }

    /** Requirements not evaluated yet, earliest deadline first: one key look-up and one {@code $in}. */
    public List<OpenMatchingRequirement> open() {
        Document open = requirements.find(eq("_id", MatchingDeadlineProjection.OPEN)).first();
        List<String> ids = open == null ? List.of() : open.getList("items", String.class);
        List<OpenMatchingRequirement> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Document requirement : requirements.find(in("_id", ids))) {
            if (requirement.getString("outcome") == null) {
                String recordedAt = requirement.getString("recordedAt");
                found.add(new OpenMatchingRequirement(requirement.getString("ledgerId"),
                        requirement.getString("allocationId"), LocalDate.parse(requirement.getString("deadline")),
                        recordedAt == null ? null : Instant.parse(recordedAt)));
            }
        }
        found.sort(Comparator.comparing(OpenMatchingRequirement::deadline)
                .thenComparing(OpenMatchingRequirement::ledgerId).thenComparing(OpenMatchingRequirement::allocationId));
        return found;
    }

    private static MatchingStatusView view(Document d) {
        long onTime = 0;
        long late = 0;
        List<MatchingStatusView.Commitment> commitments = new ArrayList<>();
        for (Document c : d.getList("commitments", Document.class)) {
            long fen = fen(c, "fen");
            boolean isLate = Boolean.TRUE.equals(c.getBoolean("late"));
            if (isLate) {
                late += fen;
            } else {
                onTime += fen;
            }
            commitments.add(new MatchingStatusView.Commitment(c.getString("commitmentId"), c.getString("bodyId"),
                    yuan(fen),
                    LocalDate.parse(c.getString("effectiveDate")), isLate));
        }
        Document e = d.get("evaluation", Document.class);
        MatchingStatusView.Evaluation evaluation = e == null ? null : new MatchingStatusView.Evaluation(
                yuan(fen(e, "requiredFen")), yuan(fen(e, "committedByDeadlineFen")), yuan(fen(e, "shortfallFen")),
                e.getString("evaluatedAt"));
        String outcome = d.getString("outcome");
        return new MatchingStatusView(d.getString("ledgerId"), d.getString("allocationId"),
                d.getString("fromBodyId"), d.getString("toBodyId"), d.getString("fundId"), d.getString("earmark"),
                yuan(fen(d, "allocatedFen")), d.getInteger("ratioBasisPoints"), LocalDate.parse(d.getString("deadline")),
                yuan(fen(d, "requiredFen")), yuan(onTime), yuan(late), commitments, outcome == null ? "OPEN" : outcome,
                evaluation, d.getString("documentNumber"), d.getString("title"), d.getString("scope"),
                d.getList("revisions", Document.class, List.of()).stream().map(r -> new MatchingStatusView.Revision(
                        r.getInteger("revision"), r.getInteger("revises"), r.getString("causedBy"),
                        r.getString("outcome"), yuan(fen(r, "committedByDeadlineFen")),
                        yuan(fen(r, "shortfallFen")), r.getString("reversedBy"))).toList());
    }

    private static long fen(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String yuan(long fen) {
        return Money.ofFen(fen).toYuanString();
    }
}
