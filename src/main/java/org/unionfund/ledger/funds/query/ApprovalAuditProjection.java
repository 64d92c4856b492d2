package org.unionfund.ledger.funds.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.CollectionsProjection;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.kernel.BodyId;

import com.mongodb.client.MongoDatabase;

/**
 * What the auditors' approval report checks bookings against: every body's policy versions ({@code approval_policies},
 * with when they were adopted) and every booking of an act a policy can govern ({@code approval_bookings}: kind,
 * acting body, date, amount moved, when recorded). Documents are replaced whole, so redelivery changes nothing.
 */
@Component
@ProcessingGroup(ApprovalAuditProjection.GROUP)
public class ApprovalAuditProjection extends CollectionsProjection<ApprovalAuditCollections> {

    public static final String GROUP = "approval-audit";

    public ApprovalAuditProjection(MongoDatabase database) {
        super(new ApprovalAuditCollections(database));
    }

    @EventHandler
    void on(ApprovalPolicyAdoptedEvent e, @Timestamp Instant at) {
        List<Document> rules = new ArrayList<>();
        for (ApprovalRule rule : e.rules()) {
            rules.add(new Document("act", rule.act().name())
                    .append("aboveFen", rule.above() == null ? null : rule.above().fen())
                    .append("steps", rule.steps().stream().map(Enum::name).toList()));
        }
        String id = e.ledgerId().rootBodyId() + "/" + e.bodyId().value() + "/" + e.validFrom();
        MongoCollections.replace(collections.policies(), id, new Document("ledger", e.ledgerId().rootBodyId())
                .append("body", e.bodyId().value())
                .append("validFrom", e.validFrom().toString()).append("rules", rules).append("adoptedAt", at.toString()));
    }

    @EventHandler
    void on(FundEstablishedEvent e, @Timestamp Instant at) {
        book(e, ActKind.ESTABLISH_FUND, e.bodyId(), at);
    }

    @EventHandler
    void on(FundsAllocatedEvent e, @Timestamp Instant at) {
        book(e, ActKind.ALLOCATION, e.fromBodyId(), at);
    }

    @EventHandler
    void on(AllocationDocumentIssuedEvent e, @Timestamp Instant at) {
        book(e, ActKind.ALLOCATION_DOCUMENT, e.fromBodyId(), at);
    }

    @EventHandler
    void on(FixedSubsidiesGrantedEvent e, @Timestamp Instant at) {
        book(e, ActKind.SUBSIDY_BATCH, e.fromBodyId(), at);
    }

    @EventHandler
    void on(SharedCostPostedEvent e, @Timestamp Instant at) {
        book(e, ActKind.SHARED_COST, e.posting().legs().get(0).account().body(), at);
    }

    @EventHandler
    void on(PostingReversedEvent e, @Timestamp Instant at) {
        if (!e.originalPostingId().madeByTrip()) {
            book(e, ActKind.REVERSAL, e.posting().legs().get(0).account().body(), at);
        }
    }

    @EventHandler
    void on(YearClosedEvent e, @Timestamp Instant at) {
        book(e, ActKind.YEAR_CLOSE, e.bodyId(), at);
    }

    private void book(PostingEvent e, ActKind kind, BodyId body, Instant at) {
        Posting posting = e.posting();
        String id = e.ledgerId().rootBodyId() + "/" + posting.id().value();
        MongoCollections.replace(collections.bookings(), id, new Document("ledger", e.ledgerId().rootBodyId())
                .append("posting", posting.id().value())
                .append("kind", kind.name()).append("body", body.value())
                .append("date", posting.effectiveDate().toString()).append("amountFen", ApprovalRule.amountOf(posting).fen())
                .append("recordedAt", at.toString()));
    }
}
