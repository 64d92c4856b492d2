package org.unionfund.ledger.funds.command;


import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;

/**
 * The receiver's own money entering against a matching requirement. It goes to a matching fund named after
 * the allocation (request ids share one namespace, so that name is free), keeping own and granted money apart.
 */
final class MatchingCommitment {

    private MatchingCommitment() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, CommitMatchingFundsCommand c) {
        return Decision.once(state, c, PostingId.of(c.commitmentId()), "commitmentId", (postingId, fingerprint) -> {
            Violations.requirePositive(c.amount(), "amount");
            MatchingState matching = requirementOf(state, c.allocationId());
            if (matching.isDocument()) {
                throw Violations.violation(LedgerRule.NO_MATCHING_REQUIREMENT, "allocationId", c.allocationId()
                        + " is an allocation document: commit own funds towards it as a body of its region");
            }
            boolean late = matching.lateOn(c.effectiveDate());

            int year = c.effectiveDate().getYear();
            FundId matchingFund = new FundId(c.allocationId().value());
            PostingDraft draft = new PostingDraft()
                    .leg(AccountRef.source(matching.receiver(), year), c.amount().negate(), "amount")
                    .leg(AccountRef.fund(matching.receiver(), year, matchingFund, null), c.amount(), "amount");
            PostingGuard.check(state, draft, false, "effectiveDate");
            Posting posting = draft.toPosting(postingId, c.effectiveDate());
            return Decision.posted(new MatchingFundsCommittedEvent(c.ledgerId(), c.commitmentId(), c.allocationId(),
                    matching.receiver(), matchingFund, matching.purpose(), c.amount(), late, posting, fingerprint),
                    postingId.value(), posting);
        });
    }

    static MatchingState requirementOf(LedgerState state, AllocationId allocationId) {
        JournalEntry entry = state.journal().require(PostingId.of(allocationId), "allocationId");
        if (!entry.recordedBy(FundsAllocatedEvent.class) && !entry.recordedBy(AllocationDocumentIssuedEvent.class)) {
            throw Violations.violation(LedgerRule.UNKNOWN_POSTING, "allocationId",
                    "posting " + allocationId + " is not an allocation");
        }
        return state.matching().find(allocationId).orElseThrow(() -> Violations.violation(
                LedgerRule.NO_MATCHING_REQUIREMENT, "allocationId",
                "allocation " + allocationId + " carries no matching requirement"));
    }
}
