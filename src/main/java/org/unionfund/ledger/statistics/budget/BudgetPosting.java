package org.unionfund.ledger.statistics.budget;

import org.bson.Document;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.platform.projection.StateStore;

/**
 * What the budget view remembers of a posting: the kind of flow its legs are (and the fund's purpose, the sender of a
 * transfer), so that a later reversal books the same flows negated.
 */
record BudgetPosting(Kind kind, String purpose, String from) {

    enum Kind { ESTABLISH, TRANSFER, MATCH, SHARED_COST, PROGRAMME_BUDGET, CHARGE, YEAR_CLOSE, OTHER }

    /** A posting of a kind the budget view does not classify. */
    static final BudgetPosting UNCLASSIFIED = new BudgetPosting(Kind.OTHER, null, null);

    static final StateStore.Codec<BudgetPosting> CODEC = new StateStore.Codec<>() {
        @Override
        public BudgetPosting decode(Document d) {
            return new BudgetPosting(Kind.valueOf(d.getString("kind")), d.getString("purpose"), d.getString("from"));
        }

        @Override
        public Document encode(BudgetPosting r) {
            return new Document("kind", r.kind().name()).append("purpose", r.purpose()).append("from", r.from());
        }
    };

    static BudgetPosting of(PostingEvent event) {
        if (event instanceof FundEstablishedEvent e) {
            return new BudgetPosting(Kind.ESTABLISH, e.purpose().code(), null);
        } else if (event instanceof FundsAllocatedEvent e) {
            return new BudgetPosting(Kind.TRANSFER, null, e.fromBodyId().value());
        } else if (event instanceof AllocationDocumentIssuedEvent e) {
            return new BudgetPosting(Kind.TRANSFER, null, e.fromBodyId().value());
        } else if (event instanceof OwnFundsCommittedEvent e) {
            return new BudgetPosting(Kind.MATCH, e.purpose().code(), null);
        } else if (event instanceof FixedSubsidiesGrantedEvent e) {
            return new BudgetPosting(Kind.TRANSFER, null, e.fromBodyId().value());
        } else if (event instanceof MatchingFundsCommittedEvent e) {
            return new BudgetPosting(Kind.MATCH, e.purpose().code(), null);
        } else if (event instanceof SharedCostPostedEvent) {
            return new BudgetPosting(Kind.SHARED_COST, null, null);
        } else if (event instanceof ProgrammeBudgetAllocatedEvent) {
            return new BudgetPosting(Kind.PROGRAMME_BUDGET, null, null);
        } else if (event instanceof ProgrammeChargedEvent) {
            return new BudgetPosting(Kind.CHARGE, null, null);
        } else if (event instanceof YearClosedEvent) {
            return new BudgetPosting(Kind.YEAR_CLOSE, null, null);
        }
        return UNCLASSIFIED;
    }
}
