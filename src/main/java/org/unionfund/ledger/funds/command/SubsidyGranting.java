package org.unionfund.ledger.funds.command;


import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.kernel.Money;

/** Fixed subsidies to several bodies of the subtree: one debit, one credit per grant, all or nothing. */
final class SubsidyGranting {

    private SubsidyGranting() {
    }

    static Decision<LedgerCommandResult> decide(LedgerState state, GrantFixedSubsidiesCommand c) {
        return Decision.once(state, c, PostingId.of(c.subsidyId()), "subsidyId", (postingId, fingerprint) -> {
            if (c.grants().isEmpty()) {
                throw Violations.violation(LedgerRule.INVALID_AMOUNT, "grants", "at least one grant is needed");
            }
            state.bodies().require(c.fromBodyId(), "fromBodyId");
            state.funds().requireLine(c.fundId(), c.earmark(), "fundId", "earmark");
            Violations.requireDateInYear(c.effectiveDate(), c.year(), "effectiveDate");

            PostingDraft credits = new PostingDraft();
            Money total = Money.ZERO;
            for (int i = 0; i < c.grants().size(); i++) {
                SubsidyGrant grant = c.grants().get(i);
                String field = "grants[" + i + "]";
                Violations.requirePositive(grant.amount(), field + ".amount");
                state.bodies().requireStrictDescendant(grant.toBodyId(), c.fromBodyId(), field + ".toBodyId");
                credits.leg(AccountRef.fund(grant.toBodyId(), c.year(), c.fundId(), c.earmark()), grant.amount(),
                        field + ".amount");
                total = total.plus(grant.amount());
            }
            PostingDraft draft = new PostingDraft()
                    .leg(AccountRef.fund(c.fromBodyId(), c.year(), c.fundId(), c.earmark()), total.negate(), "grants");
            for (int i = 0; i < c.grants().size(); i++) {
                draft.leg(credits.legs().get(i).account(), credits.legs().get(i).amount(), credits.field(i));
            }
            PostingGuard.check(state, draft, false, "year");
            Posting posting = draft.toPosting(postingId, c.effectiveDate());
            return Decision.posted(new FixedSubsidiesGrantedEvent(c.ledgerId(), c.subsidyId(), c.fromBodyId(),
                    c.fundId(), c.earmark(), c.year(), c.grants(), posting, fingerprint),
                    postingId.value(), posting);
        });
    }
}
