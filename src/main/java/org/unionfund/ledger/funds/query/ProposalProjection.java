package org.unionfund.ledger.funds.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.platform.projection.SingleCollectionProjection;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Signatory;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * Proposals (待审批 and decided) for the inbox, the status page and auditors: one document per proposal in
 * {@code approval_proposals}, {@code _id} = {@code <ledgerId>/<proposalId>}, with who proposed, reviewed, approved,
 * rejected or withdrew it and when. A proposal event replaces its document; approvals are added as a set and
 * statuses set, so a redelivered event changes nothing; a replay empties the collection first.
 */
@Component
@ProcessingGroup(ProposalProjection.GROUP)
public class ProposalProjection extends SingleCollectionProjection {

    public static final String GROUP = "approval-proposals";
    static final String PROPOSALS = "approval_proposals";

    public ProposalProjection(MongoDatabase database) {
        super(database, PROPOSALS);
    }

    @EventHandler
    void on(ActProposedEvent e, @Timestamp Instant at) {
        List<Document> legs = new ArrayList<>();
        for (PostingLeg leg : e.preview().legs()) {
            legs.add(new Document("kind", leg.account().kind().name()).append("body", leg.account().body().value())
                    .append("fund", leg.account().fund() == null ? null : leg.account().fund().value())
                    .append("earmark", leg.account().earmark()).append("amountFen", leg.amount().fen()));
        }
        List<String> steps = e.steps().stream().map(Enum::name).toList();
        MatchingRequirement matching = e.act().allocation() != null ? e.act().allocation().matching()
                : e.act().allocationDocument() != null ? e.act().allocationDocument().matching() : null;
        String id = id(e.ledgerId(), e.proposalId());
        MongoCollections.replace(collection, id, new Document("_id", id)
                .append("ledger", e.ledgerId().rootBodyId()).append("proposal", e.proposalId().value())
                .append("kind", e.kind().name()).append("body", e.bodyId().value())
                .append("amountFen", e.amount().fen()).append("date", e.preview().effectiveDate().toString())
                .append("proposer", signatory(e.proposer(), at)).append("steps", steps)
                .append("approvals", List.of()).append("status", "PENDING").append("legs", legs)
                .append("matching", matching == null ? null : new Document("ratioBasisPoints",
                        matching.ratioBasisPoints()).append("deadline", matching.deadline().toString())));
    }

    @EventHandler
    void on(ProposalApprovedEvent e, @Timestamp Instant at) {
        collection.updateOne(Filters.eq("_id", id(e.ledgerId(), e.proposalId())), Updates.combine(
                Updates.addToSet("approvals", signatory(e.approver(), at).append("step", e.step().name())
                        .append("approvalId", e.approvalId())),
                e.booked() ? Updates.set("status", "APPROVED") : Updates.set("status", "PENDING")));
    }

    @EventHandler
    void on(ProposalRejectedEvent e, @Timestamp Instant at) {
        collection.updateOne(Filters.eq("_id", id(e.ledgerId(), e.proposalId())), Updates.combine(
                Updates.set("status", "REJECTED"), Updates.set("closedBy", signatory(e.by(), at)
                        .append("step", e.step().name())), Updates.set("reason", e.reason())));
    }

    @EventHandler
    void on(ProposalWithdrawnEvent e, @Timestamp Instant at) {
        collection.updateOne(Filters.eq("_id", id(e.ledgerId(), e.proposalId())), Updates.combine(
                Updates.set("status", "WITHDRAWN"), Updates.set("closedBy", signatory(e.by(), at)),
                Updates.set("reason", e.reason())));
    }

    private static String id(LedgerId ledger, ProposalId proposal) {
        return ledger.rootBodyId() + "/" + proposal.value();
    }

    private static Document signatory(Signatory who, Instant at) {
        return new Document("name", who.name()).append("role", who.role()).append("at", at.toString());
    }
}
