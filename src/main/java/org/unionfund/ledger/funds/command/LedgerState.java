package org.unionfund.ledger.funds.command;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.ApprovalEvent;
import org.unionfund.ledger.funds.api.ApprovalPolicyAdoptedEvent;
import org.unionfund.ledger.funds.api.ProposalApprovedEvent;
import org.unionfund.ledger.funds.api.ProposalRejectedEvent;
import org.unionfund.ledger.funds.api.ProposalWithdrawnEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;

/** Everything a ledger decides with, evolved only from its events; Jackson-serialisable for snapshots. */
@FieldState
final class LedgerState {

    private BodyTree bodies = new BodyTree();
    private FundCatalog funds = new FundCatalog();
    private Accounts accounts = new Accounts();
    private Journal journal = new Journal();
    private MatchingBook matching = new MatchingBook();
    private TreeSet<String> closedPeriods = new TreeSet<>();
    private TreeMap<String, String> seals = new TreeMap<>();
    private ApprovalPolicies approvals = new ApprovalPolicies();
    private Proposals proposals = new Proposals();

    BodyTree bodies() {
        return bodies;
    }

    FundCatalog funds() {
        return funds;
    }

    Accounts accounts() {
        return accounts;
    }

    Journal journal() {
        return journal;
    }

    MatchingBook matching() {
        return matching;
    }

    ApprovalPolicies approvals() {
        return approvals;
    }

    Proposals proposals() {
        return proposals;
    }

    void on(ApprovalEvent e) {
        if (e instanceof ApprovalPolicyAdoptedEvent adopted) {
            approvals.on(adopted);
        } else if (e instanceof ActProposedEvent proposed) {
            proposals.on(proposed);
        } else if (e instanceof ProposalApprovedEvent approved) {
            proposals.on(approved);
        } else if (e instanceof ProposalRejectedEvent rejected) {
            proposals.on(rejected);
        } else if (e instanceof ProposalWithdrawnEvent withdrawn) {
            proposals.on(withdrawn);
        }
    }

    boolean isClosed(BodyId body, int year) {
        return closedPeriods.contains(period(body, year));
    }

    /** The seal id of a sealed year, or null. */
    String sealOf(BodyId body, int year) {
        return seals.get(period(body, year));
    }

    void on(YearSealedEvent e) {
        seals.put(period(e.bodyId(), e.year()), e.sealId());
    }

    void on(UnionBodyRegisteredEvent e) {
        bodies.add(new BodyNode(e.bodyId(), e.name(), e.level(), e.parentId()));
    }

    void on(FundEstablishedEvent e) {
        funds.add(new FundInfo(e.fundId(), e.bodyId(), e.year(), e.purpose(), e.earmarks(), null));
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(FundsAllocatedEvent e) {
        if (e.matching() != null) {
            matching.add(MatchingState.of(e.allocationId(), e.toBodyId(),
                    funds.find(e.fundId()).orElseThrow().purpose(), e.matching(), e.amount().fen(),
                    e.requiredMatching().fen()));
        }
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(MatchingFundsCommittedEvent e) {
        if (funds.find(e.matchingFundId()).isEmpty()) {
            funds.add(new FundInfo(e.matchingFundId(), e.bodyId(), e.posting().effectiveDate().getYear(),
                    e.purpose(), List.of(), e.allocationId()));
        }
        matching.commit(e.commitmentId(), e.allocationId(), e.amount().fen(), e.late());
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(AllocationDocumentIssuedEvent e) {
        matching.numberDocument(e.fromBodyId(), e.posting().effectiveDate().getYear(), e.documentNumber(),
                e.documentId());
        if (e.matching() != null) {
            FundPurpose purpose = funds.find(e.lines().get(0).fundId()).orElseThrow().purpose();
            matching.add(MatchingState.ofDocument(e.documentId(), e.toBodyId(), purpose, e.matching(), e.scope(),
                    e.posting().effectiveDate().getYear(), e.amount().fen(), e.requiredMatching().fen()));
        }
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(OwnFundsCommittedEvent e) {
        if (funds.find(e.fundId()).isEmpty()) {
            funds.add(new FundInfo(e.fundId(), e.bodyId(), e.posting().effectiveDate().getYear(), e.purpose(),
                    List.of(), null));
        }
        matching.commitOwn(e.commitmentId(), e.counted(), e.amount().fen());
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(MatchingShortfallRecordedEvent e) {
        matching.evaluated(e.allocationId(), MatchingState.SHORTFALL, 0);
    }

    void on(MatchingRequirementMetEvent e) {
        matching.evaluated(e.allocationId(), MatchingState.MET, 0);
    }

    void on(MatchingOutcomeRevisedEvent e) {
        matching.evaluated(e.allocationId(), e.outcome(), e.revision());
    }

    void on(FixedSubsidiesGrantedEvent e) {
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(SharedCostPostedEvent e) {
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(ProgrammeBudgetAllocatedEvent e) {
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(ProgrammeChargedEvent e) {
        if (e.posting().id().madeByTrip()) {
            accounts.post(e.posting());
        } else {
            book(e, e.requestFingerprint(), e.posting());
        }
    }

    void on(PostingReversedEvent e) {
        if (e.originalPostingId().madeByTrip()) {
            accounts.post(e.posting());
            return;
        }
        JournalEntry original = journal.find(e.originalPostingId()).orElseThrow();
        long creditReversed = 0;
        for (ReversalLeg part : e.reversedLegs()) {
            journal.markReversed(e.originalPostingId(), part.leg(), part.amount().fen());
            if (original.posting().legs().get(part.leg()).amount().isPositive()) {
                creditReversed += part.amount().fen();
            }
        }
        matching.reverse(e.originalPostingId(), creditReversed);
        book(e, e.requestFingerprint(), e.posting());
    }

    void on(YearClosedEvent e) {
        book(e, null, e.posting());
        closedPeriods.add(period(e.bodyId(), e.year()));
    }

    private void book(Object event, String fingerprint, Posting posting) {
        accounts.post(posting);
        journal.record(event.getClass().getSimpleName(), fingerprint, posting);
    }

    private static String period(BodyId body, int year) {
        return body.value() + "|" + year;
    }
}
