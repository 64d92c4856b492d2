package org.unionfund.ledger.funds.command;

import java.util.HashSet;
import java.util.Set;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.Money;

/** Setting up a programme fund from a body's own budget, split into earmarked lines and an unrestricted rest. */
final class FundEstablishment {

    private FundEstablishment() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, EstablishFundCommand c) {
        return Decision.once(state, c, PostingId.of(c.fundId()), "fundId", (postingId, fingerprint) -> {
            state.bodies().require(c.bodyId(), "bodyId");
            Violations.requirePositive(c.total(), "total");
            Violations.requireDateInYear(c.effectiveDate(), c.year(), "effectiveDate");
            Money earmarked = requireValidEarmarks(c);
            if (earmarked.exceeds(c.total())) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "earmarks",
                        "earmarks total " + earmarked + " exceeds the fund total " + c.total());
            }

            PostingDraft draft = new PostingDraft().leg(AccountRef.source(c.bodyId(), c.year()), c.total().negate(),
                    "total");
            Money unrestricted = c.total().minus(earmarked);
            if (unrestricted.isPositive()) {
                draft.leg(AccountRef.fund(c.bodyId(), c.year(), c.fundId(), null), unrestricted, "total");
            }
            for (int i = 0; i < c.earmarks().size(); i++) {
                Earmark earmark = c.earmarks().get(i);
                draft.leg(AccountRef.fund(c.bodyId(), c.year(), c.fundId(), earmark.code()), earmark.amount(),
                        "earmarks[" + i + "].amount");
            }
            PostingGuard.check(state, draft, false, "year");
            Posting posting = draft.toPosting(postingId, c.effectiveDate());
            return Decision.posted(new FundEstablishedEvent(c.ledgerId(), c.fundId(), c.bodyId(), c.year(), c.purpose(),
                    c.total(), c.earmarks(), posting, fingerprint, c.name()),
                    postingId.value(), posting);
        });
    }

    private static Money requireValidEarmarks(EstablishFundCommand c) {
        Set<String> codes = new HashSet<>();
        Money sum = Money.ZERO;
        for (int i = 0; i < c.earmarks().size(); i++) {
            Earmark earmark = c.earmarks().get(i);
            String field = "earmarks[" + i + "]";
            Violations.requirePositive(earmark.amount(), field + ".amount");
            if (!codes.add(earmark.code())) {
                throw Violations.violation(LedgerRule.EARMARK_VIOLATION, field + ".code",
                        "earmark " + earmark.code() + " appears twice");
            }
            if (earmark.eligibility().admitsNobody()) {
                throw Violations.violation(LedgerRule.EARMARK_VIOLATION, field + ".eligibility",
                        "earmark " + earmark.code() + " names no ownership and no worker category");
            }
            sum = sum.plus(earmark.amount());
        }
        return sum;
    }
}
