package org.unionfund.ledger.funds.command;


import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.SharedCostShare;

/** A cost split between bodies (Dalian: social workers' pay 50/50 city and district), booked atomically. */
final class SharedCosting {

    private SharedCosting() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, PostSharedCostCommand c) {
        return Decision.once(state, c, c.postingId(), "postingId", (requestId, fingerprint) -> {
            Violations.requireClientPostingId(c.postingId(), "postingId");
            if (c.legs().isEmpty()) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "legs", "at least one share is needed");
            }
            int year = c.effectiveDate().getYear();
            PostingDraft draft = new PostingDraft();
            for (int i = 0; i < c.legs().size(); i++) {
                SharedCostShare share = c.legs().get(i);
                String field = "legs[" + i + "]";
                state.bodies().require(share.bodyId(), field + ".bodyId");
                state.funds().requireLine(share.fundId(), share.earmark(), field + ".fundId", field + ".earmark");
                Violations.requirePositive(share.amount(), field + ".amount");
                draft.leg(AccountRef.fund(share.bodyId(), year, share.fundId(), share.earmark()),
                        share.amount().negate(), field + ".amount");
                draft.leg(AccountRef.expense(share.bodyId(), year, share.fundId(), share.earmark(),
                        c.expenseCategory()), share.amount(), field + ".amount");
            }
            PostingGuard.check(state, draft, false, "effectiveDate");
            Posting posting = draft.toPosting(c.postingId(), c.effectiveDate());
            return Decision.posted(new SharedCostPostedEvent(c.ledgerId(), c.postingId(), c.description(),
                    c.expenseCategory(), c.legs(), posting, fingerprint),
                    c.postingId().value(), posting);
        });
    }
}
