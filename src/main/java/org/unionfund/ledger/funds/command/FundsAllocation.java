package org.unionfund.ledger.funds.command;


import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.Money;

/** Allocating money down the tree; the fund and earmark travel with it. */
final class FundsAllocation {

    private FundsAllocation() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, AllocateFundsCommand c) {
        return Decision.once(state, c, PostingId.of(c.allocationId()), "allocationId", (postingId, fingerprint) -> {
            Violations.requirePositive(c.amount(), "amount");
            state.bodies().require(c.fromBodyId(), "fromBodyId");
            state.funds().requireLine(c.fundId(), c.earmark(), "fundId", "earmark");
            state.bodies().requireStrictDescendant(c.toBodyId(), c.fromBodyId(), "toBodyId");
            Money required = c.matching() == null ? null : requiredMatching(c);

            int year = c.effectiveDate().getYear();
            PostingDraft draft = new PostingDraft()
                    .leg(AccountRef.fund(c.fromBodyId(), year, c.fundId(), c.earmark()), c.amount().negate(), "amount")
                    .leg(AccountRef.fund(c.toBodyId(), year, c.fundId(), c.earmark()), c.amount(), "amount");
            PostingGuard.check(state, draft, false, "effectiveDate");
            Posting posting = draft.toPosting(postingId, c.effectiveDate());
            return Decision.posted(new FundsAllocatedEvent(c.ledgerId(), c.allocationId(), c.fromBodyId(), c.toBodyId(),
                    c.fundId(), c.earmark(), c.amount(), c.matching(), required, posting, fingerprint),
                    postingId.value(), posting);
        });
    }

    private static Money requiredMatching(AllocateFundsCommand c) {
        MatchingRequirement matching = c.matching();
        if (matching.ratioBasisPoints() <= 0) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "matching.ratioBasisPoints",
                    "the matching ratio must be positive (10000 = 1:1)");
        }
        if (matching.deadline().isBefore(c.effectiveDate())) {
            throw Violations.violation(LedgerRule.INVALID_DATE, "matching.deadline",
                    "the matching deadline lies before the allocation date");
        }
        long required = MatchingState.requiredFor(c.amount().fen(), matching.ratioBasisPoints());
        if (required < 0) {
            throw Violations.violation(LedgerRule.INVALID_AMOUNT, "matching.ratioBasisPoints", c.amount() + " × "
                    + matching.ratioBasisPoints() + " / 10000 is not a whole fen; the ledger does not round");
        }
        return Money.ofFen(required);
    }
}
