package org.unionfund.ledger.funds.command;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * Closing a body's year: unspent money, restricted or not, moves to next year keeping fund and earmark; unspent
 * programme budget lines move too, keeping their programme.
 */
final class YearClosing {

    private YearClosing() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, CloseYearCommand c) {
        state.bodies().require(c.bodyId(), "bodyId");
        if (state.isClosed(c.bodyId(), c.year())) {
            throw Violations.violation(LedgerRule.YEAR_CLOSED, "year",
                    "year " + c.year() + " of " + c.bodyId() + " is already closed");
        }
        if (c.effectiveDate().getYear() < c.year()) {
            throw Violations.violation(LedgerRule.INVALID_DATE, "effectiveDate",
                    "a year cannot be closed before it has begun");
        }
        if (c.effectiveDate().getYear() > c.year() + 1) {
            throw Violations.violation(LedgerRule.INVALID_DATE, "effectiveDate", "year " + c.year()
                    + " is closed in that year or the next, not in " + c.effectiveDate().getYear());
        }
        PostingDraft draft = new PostingDraft();
        for (AccountBalance line : state.accounts().positiveCarriedLines(c.bodyId(), c.year())) {
            AccountRef from = line.account();
            Money amount = Money.ofFen(line.fen());
            draft.leg(from, amount.negate(), "year");
            draft.leg(nextYear(from, c.year() + 1), amount, "year");
        }
        PostingGuard.check(state, draft, false, "year");
        Posting posting = draft.toPosting(PostingId.yearClose(c.bodyId(), c.year()), c.effectiveDate());
        return Decision.posted(new YearClosedEvent(c.ledgerId(), c.bodyId(), c.year(), posting),
                posting.id().value(), posting);
    }

    /** The same line one year on: fund, earmark (its purpose) and, for a programme line, the programme kept. */
    private static AccountRef nextYear(AccountRef line, int year) {
        return new AccountRef(line.kind(), line.body(), year, line.fund(), line.earmark(), null, line.programme());
    }
}
