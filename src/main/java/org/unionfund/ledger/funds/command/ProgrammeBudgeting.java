package org.unionfund.ledger.funds.command;

import java.util.HashSet;
import java.util.Set;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;

/**
 * Setting money of a body's fund lines (own or received) aside for a recuperation programme. One PROGRAMME line
 * per (fund, earmark): earmarked money stays earmarked, and a line can only give what it holds.
 */
final class ProgrammeBudgeting {

    private ProgrammeBudgeting() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, AllocateProgrammeBudgetCommand c) {
        return Decision.once(state, c, c.budgetId(), "budgetId", (requestId, fingerprint) -> {
            Violations.requireClientPostingId(c.budgetId(), "budgetId");
            state.bodies().require(c.bodyId(), "bodyId");
            Violations.requireDateInYear(c.effectiveDate(), c.year(), "effectiveDate");
            if (c.lines().isEmpty()) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "budget", "at least one budget line is needed");
            }
            Set<String> seen = new HashSet<>();
            PostingDraft draft = new PostingDraft();
            for (int i = 0; i < c.lines().size(); i++) {
                ProgrammeBudgetLine line = c.lines().get(i);
                String field = "budget[" + i + "]";
                state.funds().requireLine(line.fundId(), line.earmark(), field + ".fundId", field + ".earmark");
                Violations.requirePositive(line.amount(), field + ".amount");
                if (!seen.add(line.fundId().value() + "|" + line.earmark())) {
                    throw Violations.violation(LedgerRule.INVALID_AMOUNT, field, "fund " + line.fundId() + " line "
                            + (line.earmark() == null ? "(unrestricted)" : line.earmark()) + " is named twice");
                }
                draft.leg(AccountRef.fund(c.bodyId(), c.year(), line.fundId(), line.earmark()), line.amount().negate(),
                        field + ".amount");
                draft.leg(AccountRef.programme(c.bodyId(), c.year(), line.fundId(), line.earmark(), c.programme()),
                        line.amount(), field + ".amount");
            }
            PostingGuard.check(state, draft, false, "year");
            Posting posting = draft.toPosting(c.budgetId(), c.effectiveDate());
            return Decision.posted(new ProgrammeBudgetAllocatedEvent(c.ledgerId(), c.budgetId(), c.programme(),
                    c.bodyId(), c.year(), c.lines(), posting, fingerprint),
                    c.budgetId().value(), posting);
        });
    }
}
