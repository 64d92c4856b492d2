package org.unionfund.ledger.funds.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Matching requirements and their state, for the deadline scheduler and the matching status endpoint.
 * <ul>
 * <li>{@code matching_deadlines}: one document per allocation or allocation document carrying a requirement (a
 * document also with its 文号, scope, when it was recorded and the revisions of its outcome), {@code _id} =
 * {@code <ledgerId>/<allocationId>}: amounts in fen, deadline, commitments (on time or late, net of reversals) and
 * the evaluation once recorded; plus one small document {@code #open} listing the requirements not evaluated yet,
 * so the scheduler needs no range query (a full scan on the embedded server);</li>
 * <li>{@code matching_commitments}: {@code <ledgerId>/<commitmentId>} → the requirements it counts for, to follow a
 * reversal of a commitment.</li>
 * </ul>
 * Each requirement document remembers the ledger sequence number of the last event applied ({@code lastSeq}) and
 * skips events at or below it, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(MatchingDeadlineProjection.GROUP)
public class MatchingDeadlineProjection {

    public static final String GROUP = "matching-deadlines";
    static final String REQUIREMENTS = "matching_deadlines";
    static final String COMMITMENTS = "matching_commitments";
    static final String OPEN = "#open";

    private final MongoCollection<Document> requirements;
    private final MongoCollection<Document> commitments;

    public MatchingDeadlineProjection(MongoDatabase database) {
        this.requirements = database.getCollection(REQUIREMENTS);
        this.commitments = database.getCollection(COMMITMENTS);
    }

    static String key(String ledger, String id) {
        return ledger + "/" + id;
    }

    @EventHandler
    void on(FundsAllocatedEvent e, @SequenceNumber long seq) {
        if (e.matching() == null) {
            return;
        }
        requirement(e.ledgerId().rootBodyId(), e.allocationId().value(), seq, new Document()
                .append("fromBodyId", e.fromBodyId().value())
                .append("toBodyId", e.toBodyId().value())
                .append("fundId", e.fundId().value())
                .append("earmark", e.earmark())
                .append("allocatedFen", e.amount().fen())
                .append("ratioBasisPoints", e.matching().ratioBasisPoints())
                .append("deadline", e.matching().deadline().toString())
                .append("requiredFen", e.requiredMatching().fen()));
    }

    /** A document's requirement; {@code recordedAt} starts the scheduler's grace period. */
    @EventHandler
    void on(AllocationDocumentIssuedEvent e, @SequenceNumber long seq, @Timestamp Instant recordedAt) {
        if (e.matching() == null) {
            return;
        }
        requirement(e.ledgerId().rootBodyId(), e.documentId().value(), seq, new Document()
                .append("documentNumber", e.documentNumber())
                .append("title", e.title())
                .append("scope", e.scope().name())
                .append("recordedAt", recordedAt.toString())
                .append("fromBodyId", e.fromBodyId().value())
                .append("toBodyId", e.toBodyId().value())
                .append("fundId", e.lines().get(0).fundId().value())
                .append("earmark", e.lines().get(0).earmark())
                .append("allocatedFen", e.amount().fen())
                .append("ratioBasisPoints", e.matching().ratioBasisPoints())
                .append("deadline", e.matching().deadline().toString())
                .append("requiredFen", e.requiredMatching().fen()));
    }

    private void requirement(String ledger, String allocation, long seq, Document fields) {
        String id = key(ledger, allocation);
        if (requirements.find(eq("_id", id)).first() == null) {
            Document created = new Document("_id", id).append("ledgerId", ledger).append("allocationId", allocation);
            created.putAll(fields);
            requirements.insertOne(created.append("commitments", List.of()).append("outcome", null)
                    .append(ApplyOnce.LAST_SEQ, seq));
        }
        Document requirement = requirements.find(eq("_id", id)).first();
        if (requirement != null && requirement.getString("outcome") == null) {
            requirements.updateOne(eq("_id", OPEN), Updates.addToSet("items", id), new UpdateOptions().upsert(true));
        }
    }

    /** Own money counts for every requirement the ledger listed, on time or late for each. */
    @EventHandler
    void on(OwnFundsCommittedEvent e, @SequenceNumber long seq) {
        String ledger = e.ledgerId().rootBodyId();
        List<String> ids = e.counted().stream().map(c -> key(ledger, c.requirement().value())).toList();
        commitments.updateOne(eq("_id", key(ledger, e.commitmentId().value())), Updates.combine(
                Updates.set("requirement", ids.get(0)), Updates.set("also", ids.subList(1, ids.size()))),
                new UpdateOptions().upsert(true));
        for (int i = 0; i < ids.size(); i++) {
            boolean late = !e.counted().get(i).onTime();
            update(ids.get(i), seq, requirement -> {
                List<Document> list = new ArrayList<>(requirement.getList("commitments", Document.class));
                list.add(new Document("commitmentId", e.commitmentId().value())
                        .append("bodyId", e.bodyId().value())
                        .append("fen", e.amount().fen())
                        .append("effectiveDate", e.posting().effectiveDate().toString())
                        .append("late", late));
                return requirement.append("commitments", list);
            });
        }
    }

    /** A revision replaces the current outcome; the revisions stay listed with what they revised. */
    @EventHandler
    void on(MatchingOutcomeRevisedEvent e, @SequenceNumber long seq) {
        update(key(e.ledgerId().rootBodyId(), e.allocationId().value()), seq, requirement -> {
            List<Document> revisions = new ArrayList<>(requirement.getList("revisions", Document.class, List.of()));
            revisions.add(new Document("revision", e.revision()).append("revises", e.revises())
                    .append("causedBy", e.causedBy().value()).append("outcome", e.outcome())
                    .append("committedByDeadlineFen", e.committedByDeadline().fen())
                    .append("shortfallFen", e.shortfall().fen())
                    .append("reversedBy", e.reversedBy() == null ? null : e.reversedBy().value()));
            Document evaluation = new Document(requirement.get("evaluation", Document.class))
                    .append("requiredFen", e.required().fen())
                    .append("committedByDeadlineFen", e.committedByDeadline().fen())
                    .append("shortfallFen", e.shortfall().fen());
            return requirement.append("outcome", e.outcome()).append("evaluation", evaluation)
                    .append("revisions", revisions);
        });
    }

    @EventHandler
    void on(MatchingFundsCommittedEvent e, @SequenceNumber long seq) {
        String ledger = e.ledgerId().rootBodyId();
        String id = key(ledger, e.allocationId().value());
        commitments.updateOne(eq("_id", key(ledger, e.commitmentId().value())), Updates.set("requirement", id),
                new UpdateOptions().upsert(true));
        update(id, seq, requirement -> {
            List<Document> list = new ArrayList<>(requirement.getList("commitments", Document.class));
            list.add(new Document("commitmentId", e.commitmentId().value())
                    .append("fen", e.amount().fen())
                    .append("effectiveDate", e.posting().effectiveDate().toString())
                    .append("late", e.late()));
            return requirement.append("commitments", list);
        });
    }

    @EventHandler
    void on(MatchingShortfallRecordedEvent e, @SequenceNumber long seq) {
        evaluated(key(e.ledgerId().rootBodyId(), e.allocationId().value()), seq, "SHORTFALL",
                new Document("requiredFen", e.required().fen())
                        .append("committedByDeadlineFen", e.committedByDeadline().fen())
                        .append("shortfallFen", e.shortfall().fen())
                        .append("evaluatedAt", e.evaluatedAt().toString()));
    }

    @EventHandler
    void on(MatchingRequirementMetEvent e, @SequenceNumber long seq) {
        evaluated(key(e.ledgerId().rootBodyId(), e.allocationId().value()), seq, "MET",
                new Document("requiredFen", e.required().fen())
                        .append("committedByDeadlineFen", e.committedByDeadline().fen())
                        .append("shortfallFen", 0L)
                        .append("evaluatedAt", e.evaluatedAt().toString()));
    }

    /** A reversal of an allocation lowers what it requires; a reversal of a commitment lowers what it counts. */
    @EventHandler
    void on(PostingReversedEvent e, @SequenceNumber long seq) {
        String ledger = e.ledgerId().rootBodyId();
        long creditReversed = 0;
        for (PostingLeg leg : e.posting().legs()) {
            if (leg.amount().isNegative()) {
                creditReversed -= leg.amount().fen();
            }
        }
        long taken = creditReversed;
        String original = e.originalPostingId().value();
        update(key(ledger, original), seq, requirement -> {
            long allocated = ((Number) requirement.get("allocatedFen")).longValue() - taken;
            int ratio = requirement.getInteger("ratioBasisPoints");
            return requirement.append("allocatedFen", allocated)
                    .append("requiredFen", Math.multiplyExact(allocated, (long) ratio) / 10_000);
        });
        Document commitment = commitments.find(eq("_id", key(ledger, original))).first();
        List<String> counted = new ArrayList<>();
        if (commitment != null) {
            counted.add(commitment.getString("requirement"));
            counted.addAll(commitment.getList("also", String.class, List.of()));
        }
        for (String requirementId : counted) {
            update(requirementId, seq, requirement -> {
                List<Document> list = new ArrayList<>();
                for (Document c : requirement.getList("commitments", Document.class)) {
                    if (c.getString("commitmentId").equals(original)) {
                        c = new Document(c).append("fen", ((Number) c.get("fen")).longValue() - taken);
                    }
                    list.add(c);
                }
                return requirement.append("commitments", list);
            });
        }
    }

    @ResetHandler
    void reset() {
        requirements.deleteMany(new Document());
        commitments.deleteMany(new Document());
    }

    private void evaluated(String id, long seq, String outcome, Document evaluation) {
        update(id, seq, requirement -> requirement.append("outcome", outcome).append("evaluation", evaluation));
        requirements.updateOne(eq("_id", OPEN), Updates.pull("items", id));
    }

    /** Applies a change to a requirement unless this event was applied to it already (compare-and-set on lastSeq). */
    private void update(String id, long seq, UnaryOperator<Document> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Document requirement = requirements.find(eq("_id", id)).first();
            if (requirement == null) {
                return;
            }
            long last = ((Number) requirement.get(ApplyOnce.LAST_SEQ)).longValue();
            if (last >= seq) {
                return;
            }
            Document changed = change.apply(new Document(requirement)).append(ApplyOnce.LAST_SEQ, seq);
            if (requirements.replaceOne(and(eq("_id", id), eq(ApplyOnce.LAST_SEQ, last)), changed)
                    .getMatchedCount() > 0) {
                return;
            }
        }
        throw new IllegalStateException("requirement " + id + " keeps changing under event " + seq);
    }
}
